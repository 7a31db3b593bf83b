using System.Reflection;
using System.Runtime.CompilerServices;
using NtSec.Kernel;
using NtSec.Status;
using YamlDotNet.RepresentationModel;

namespace NtSec.Cli.Scenarios;

/// <summary>
/// Runs scenario files: loads and checks each, builds its machine, and makes its calls in order, binding `out`
/// variables and checking `expect`. A malformed file stops at its first error (reported with its position);
/// the other files still run.
/// </summary>
internal static class ScenarioRunner
{
    /// <summary>Runs the file at <paramref name="path"/>, shown as <paramref name="file"/>.</summary>
    public static ScenarioOutcome RunFile(string path, string file, RoutineCatalog? catalog = null)
    {
        catalog ??= RoutineCatalog.Default;
        ScenarioDocument document;
        try
        {
            document = ScenarioLoader.Load(path, file, catalog);
        }
        catch (ScenarioException e)
        {
            return new ScenarioOutcome(file, null, [], e);
        }

        return Run(document);
    }

    /// <summary>Runs scenario text (tests).</summary>
    public static ScenarioOutcome RunText(string text, string file, RoutineCatalog? catalog = null)
    {
        try
        {
            return Run(ScenarioLoader.Parse(text, file, catalog ?? RoutineCatalog.Default));
        }
        catch (ScenarioException e)
        {
            return new ScenarioOutcome(file, null, [], e);
        }
    }

    /// <summary>Runs a loaded scenario.</summary>
    public static ScenarioOutcome Run(ScenarioDocument document)
    {
        var steps = new List<StepOutcome>();
        var mark = new SourceMark(document.File, 1, 1);
        try
        {
            var state = new ScenarioState(document);
            foreach (var step in document.Steps)
            {
                mark = step.Mark;
                steps.Add(RunStep(state, step));
            }

            return new ScenarioOutcome(document.File, document.Name, steps, null);
        }
        catch (ScenarioException e)
        {
            return new ScenarioOutcome(document.File, document.Name, steps, e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault of the runner or the model, not of the file; still reported with a position, never a stack trace.
            return new ScenarioOutcome(document.File, document.Name, steps,
                new ScenarioException(mark, $"internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}"));
        }
    }

    private static StepOutcome RunStep(ScenarioState state, StepSpec step)
    {
        var signature = step.Signature;
        var thread = step.As is null ? null : state.ResolveThread(step.As, step.AsMark);
        KernelCall? call = thread is null ? null : new KernelCall(thread, step.Mode);
        var kind = MaskParser.KindOf(signature.Name) ?? MappingKind(step);
        var converter = new ValueConverter(state, call, kind);
        var wanted = new HashSet<string>(step.Outs.Select(o => o.Key.Value!).Concat(step.Expect.Select(e => e.Key.Value!)), StringComparer.OrdinalIgnoreCase);
        int listLength = step.Args.Select(a => a.Value is YamlSequenceNode s ? s.Children.Count : 0).DefaultIfEmpty(0).Max();

        var parameters = signature.Parameters;
        var values = new object?[parameters.Length];
        var arguments = new List<NamedValue>();
        for (int i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            var given = step.Args.FirstOrDefault(a => p.Matches(a.Key.Value!)).Value;
            switch (p.Role)
            {
                case ParameterRole.Call:
                    values[i] = call!.Value;
                    break;
                case ParameterRole.Machine:
                    values[i] = state.Machine;
                    break;
                case ParameterRole.Output:
                    values[i] = p.Type.IsValueType ? Activator.CreateInstance(p.Type) : null;
                    break;
                default:
                    if (given is not null)
                    {
                        values[i] = converter.Convert(given, p.Type, p.DocName);
                        arguments.Add(new NamedValue(p.DocName, ValueFormatter.Format(values[i], p.DocName, kind), VariableName(state, given)));
                    }
                    else
                    {
                        values[i] = p.Role == ParameterRole.InOut && wanted.Contains(p.Name) ? EmptyBuffer(p.Type, listLength)
                            : p.HasDefault ? p.Info.DefaultValue
                            : p.Type.IsValueType ? Activator.CreateInstance(p.Type)
                            : null;
                    }

                    break;
            }
        }

        object? returned = Invoke(step, signature.Method, values);
        uint? lastError = thread?.LastError;

        var outputs = new List<NamedValue>();
        var outputValues = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            if (!p.IsOutput || (p.Role == ParameterRole.InOut && values[i] is null))
            {
                continue;
            }

            object? value = values[i] is IStrongBox box ? box.Value : values[i];
            outputValues[p.Name] = value;
            string? variable = step.Outs.FirstOrDefault(o => p.Matches(o.Key.Value!)).Variable;
            outputs.Add(new NamedValue(p.DocName, ValueFormatter.Format(value, p.DocName, kind), variable));
        }

        foreach (var (key, variable) in step.Outs)
        {
            state.Variables[variable] = ScenarioLoader.IsKey(key, ScenarioLoader.ResultKey) ? returned : outputValues[signature.Find(key.Value!)!.Name];
        }

        var failures = new List<ExpectationFailure>();
        var matcher = new ExpectationMatcher(state, converter, kind);
        foreach (var (key, node) in step.Expect)
        {
            ExpectationFailure? failure;
            if (ScenarioLoader.IsKey(key, ScenarioLoader.StatusKey))
            {
                failure = matcher.Compare(node, returned, typeof(NtStatus), "status");
            }
            else if (ScenarioLoader.IsKey(key, ScenarioLoader.ResultKey))
            {
                failure = matcher.Compare(node, returned, signature.ReturnType, "result");
            }
            else if (ScenarioLoader.IsKey(key, ScenarioLoader.LastErrorKey))
            {
                if (thread is null)
                {
                    throw new ScenarioException(SourceMark.Of(state.File, key), "lastError: the step has no calling thread ('as')");
                }

                failure = matcher.Compare(node, (Win32Error)thread.LastError, typeof(Win32Error), "lastError");
            }
            else
            {
                var p = signature.Find(key.Value!)!;
                var declared = RoutineParameter.IsStrongBox(p.Type) ? p.Type.GetGenericArguments()[0] : p.Type;
                failure = matcher.Compare(node, outputValues.GetValueOrDefault(p.Name), declared, p.DocName);
            }

            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        bool showLastError = step.Routine.Kind == "win32" || step.Expect.Any(e => ScenarioLoader.IsKey(e.Key, ScenarioLoader.LastErrorKey));
        return new StepOutcome(step, thread is null ? null : $"{thread.Process.ImageName}/{thread.ThreadName}", arguments,
            signature.ReturnType == typeof(void) ? null : ValueFormatter.Format(returned, "result", kind),
            outputs, showLastError && lastError is { } e ? ((Win32Error)e).ToName() : null, failures);
    }

    /// <summary>The object type a GenericMapping argument names (`GenericMapping: file`), for the masks of the same call.</summary>
    private static NtSec.AccessControl.Rights.ObjectTypeKind? MappingKind(StepSpec step)
    {
        foreach (var p in step.Signature.Parameters)
        {
            if ((Nullable.GetUnderlyingType(p.Type) ?? p.Type) == typeof(NtSec.AccessControl.Rights.GenericMapping)
                && step.Args.FirstOrDefault(a => p.Matches(a.Key.Value!)).Value is YamlScalarNode { Value: { } name }
                && NtSec.AccessControl.Rights.ObjectTypeInfo.TryGetByName(name, out var info))
            {
                return info.Kind;
            }
        }

        return null;
    }

    /// <summary>The variable an argument names ("$ptok" or a bare bound name), for the report.</summary>
    private static string? VariableName(ScenarioState state, YamlNode node) => node is YamlScalarNode { Value: { } text }
        ? text.StartsWith('$') ? text[1..] : state.Variables.ContainsKey(text) ? text : null
        : null;

    /// <summary>A caller's buffer for an output the step asks for but does not pass: an empty box, or an array as long as the list argument.</summary>
    private static object? EmptyBuffer(Type type, int listLength)
    {
        if (RoutineParameter.IsStrongBox(type))
        {
            return Activator.CreateInstance(type);
        }

        if (type.IsArray)
        {
            return Array.CreateInstance(type.GetElementType()!, listLength);
        }

        return type.IsValueType ? Activator.CreateInstance(type) : null;
    }

    private static object? Invoke(StepSpec step, MethodInfo method, object?[] values)
    {
        try
        {
            return method.Invoke(null, values);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            string what = inner is ArgumentException or InvalidOperationException or FormatException
                ? "refused its arguments"
                : "failed inside the model";
            throw new ScenarioException(step.Mark, $"step {step.Number}: {method.Name} {what}: {inner.GetType().Name}: {inner.Message.ReplaceLineEndings(" ")}");
        }
        catch (ArgumentException e)
        {
            throw new ScenarioException(step.Mark, $"step {step.Number}: {method.Name} cannot take these arguments: {e.Message.ReplaceLineEndings(" ")}");
        }
    }
}
