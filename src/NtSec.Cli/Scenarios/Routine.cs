using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace NtSec.Cli.Scenarios;

/// <summary>A callable routine by name: its overloads, and the choice among them for a step's argument names.</summary>
internal sealed class Routine
{
    public Routine(string name, string kind, IEnumerable<RoutineSignature> overloads)
    {
        Name = name;
        Kind = kind;
        Overloads = [.. overloads.OrderBy(o => o.Parameters.Length)];
    }

    /// <summary>The documented name.</summary>
    public string Name { get; }

    /// <summary>"native" or "win32".</summary>
    public string Kind { get; }

    /// <summary>The overloads, fewest parameters first.</summary>
    public ImmutableArray<RoutineSignature> Overloads { get; }

    /// <summary>
    /// The overload that takes exactly these names: every argument an input parameter, every `out` and `expect`
    /// name an output, every required input given. With several, the one with the fewest parameters. With none,
    /// an error at the first problem of the closest overload.
    /// </summary>
    public RoutineSignature Select(string file, SourceMark argsMark, IReadOnlyList<YamlScalarNode> argKeys,
        IReadOnlyList<YamlScalarNode> outputKeys)
    {
        List<(SourceMark Mark, string Message)>? best = null;
        foreach (var overload in Overloads)
        {
            var problems = Check(file, overload, argsMark, argKeys, outputKeys);
            if (problems.Count == 0)
            {
                return overload;
            }

            if (best is null || problems.Count < best.Count)
            {
                best = problems;
            }
        }

        var (mark, message) = best![0];
        throw new ScenarioException(mark, message);
    }

    private List<(SourceMark, string)> Check(string file, RoutineSignature overload, SourceMark argsMark,
        IReadOnlyList<YamlScalarNode> argKeys, IReadOnlyList<YamlScalarNode> outputKeys)
    {
        var problems = new List<(SourceMark, string)>();
        string signature = Overloads.Length == 1 ? overload.Describe() : string.Join(" or ", Overloads.Select(o => o.Describe()));
        var known = overload.Parameters.Where(p => p.Role is not (ParameterRole.Call or ParameterRole.Machine)).Select(p => p.DocName).ToList();
        foreach (var key in argKeys)
        {
            var p = overload.Find(key.Value!);
            if (p is null || p.Role is ParameterRole.Call or ParameterRole.Machine)
            {
                problems.Add((SourceMark.Of(file, key),
                    $"{Name} has no parameter '{key.Value}'{NameSuggestions.DidYouMean(key.Value!, known)} (parameters: {signature})"));
            }
            else if (p.Role == ParameterRole.Output)
            {
                problems.Add((SourceMark.Of(file, key),
                    $"{p.DocName} is an output parameter of {Name}: bind it in 'out' or check it in 'expect', not in 'args'"));
            }
        }

        foreach (var key in outputKeys)
        {
            var p = overload.Find(key.Value!);
            if (p is null || !p.IsOutput)
            {
                var outputs = overload.Parameters.Where(q => q.IsOutput).Select(q => q.DocName).ToList();
                problems.Add((SourceMark.Of(file, key),
                    $"{Name} has no output parameter '{key.Value}'{NameSuggestions.DidYouMean(key.Value!, outputs)} "
                    + $"(outputs: {(outputs.Count == 0 ? "none" : string.Join(", ", outputs))}; also 'result'"
                    + (overload.ReturnsStatus ? ", 'status'" : "") + " and 'lastError' in 'expect')"));
            }
        }

        foreach (var p in overload.Parameters.Where(p => p.IsRequired))
        {
            if (!argKeys.Any(k => p.Matches(k.Value!)))
            {
                problems.Add((argsMark, $"{Name}: missing required argument '{p.DocName}' (parameters: {signature})"));
            }
        }

        return problems;
    }
}
