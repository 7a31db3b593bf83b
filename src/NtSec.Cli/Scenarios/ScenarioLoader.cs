using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NtSec.AccessControl;
using NtSec.Cli.Commands;
using NtSec.Kernel;
using NtSec.Tokens;
using NtSec.Tokens.Json;
using NtSec.Tokens.Presets;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NtSec.Cli.Scenarios;

/// <summary>
/// Reads a scenario file (docs/scenarios.md) and checks everything that can be checked before it runs: the
/// keys of every section, the call names against <see cref="RoutineCatalog"/>, the argument, `out` and
/// `expect` names against the routine's parameters. Values are converted when the step runs (they may name
/// variables bound by earlier steps). Every error is a <see cref="ScenarioException"/> with a position.
/// </summary>
internal static class ScenarioLoader
{
    /// <summary>The special `expect` keys.</summary>
    public const string StatusKey = "status", ResultKey = "result", LastErrorKey = "lastError";

    private static readonly string[] TopKeys = ["name", "description", "machine", "processes", "objects", "steps"];
    private static readonly string[] ProcessKeys = ["name", "account", "token", "threads", "elevated", "handleQuota"];
    private static readonly string[] ObjectKeys = ["name", "type", "sddl"];
    private static readonly string[] StepKeys = ["as", "mode", "call", "args", "out", "expect"];

    /// <summary>Loads <paramref name="path"/>, naming it <paramref name="file"/> in messages.</summary>
    public static ScenarioDocument Load(string path, string file, RoutineCatalog catalog)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException(new SourceMark(file, 1, 1), $"cannot read the file: {e.Message}");
        }

        return Parse(text, file, catalog);
    }

    /// <summary>Parses scenario text.</summary>
    public static ScenarioDocument Parse(string text, string file, RoutineCatalog catalog)
    {
        var stream = new YamlStream();
        try
        {
            CheckShape(text, file);
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ScenarioException(BetterMark(text, file, e), "YAML: " + YamlMessage(e));
        }

        if (stream.Documents.Count == 0)
        {
            throw new ScenarioException(new SourceMark(file, 1, 1), "the file is empty: a scenario is a mapping with 'steps'");
        }

        if (stream.Documents.Count > 1)
        {
            throw new ScenarioException(SourceMark.Of(file, stream.Documents[1].RootNode), "one scenario per file: a second YAML document starts here");
        }

        var root = YamlNodes.Mapping(file, stream.Documents[0].RootNode, "scenario");
        var entries = Keys(file, root, "scenario", TopKeys);
        string name = entries.TryGetValue("name", out var nameNode) ? YamlNodes.Scalar(file, nameNode, "name") : Path.GetFileNameWithoutExtension(file);
        if (entries.TryGetValue("description", out var description))
        {
            _ = YamlNodes.Scalar(file, description, "description");
        }

        var machine = MachineKind.Standard;
        if (entries.TryGetValue("machine", out var machineNode))
        {
            machine = YamlNodes.Scalar(file, machineNode, "machine").ToUpperInvariant() switch
            {
                "STANDARD" => MachineKind.Standard,
                "EMPTY" => MachineKind.Empty,
                var other => throw new ScenarioException(SourceMark.Of(file, machineNode), $"machine: '{other.ToLowerInvariant()}' is not 'standard' or 'empty'"),
            };
        }

        var processes = entries.TryGetValue("processes", out var processesNode)
            ? [.. YamlNodes.Sequence(file, processesNode, "processes").Children.Select(n => LoadProcess(file, n))]
            : ImmutableArray<ProcessSpec>.Empty;
        var objects = entries.TryGetValue("objects", out var objectsNode)
            ? [.. YamlNodes.Sequence(file, objectsNode, "objects").Children.Select(n => LoadObject(file, n))]
            : ImmutableArray<ObjectSpec>.Empty;
        if (!entries.TryGetValue("steps", out var stepsNode))
        {
            throw new ScenarioException(SourceMark.Of(file, root), "the scenario has no 'steps'");
        }

        var stepNodes = YamlNodes.Sequence(file, stepsNode, "steps").Children;
        var steps = ImmutableArray.CreateBuilder<StepSpec>(stepNodes.Count);
        foreach (var stepNode in stepNodes)
        {
            steps.Add(LoadStep(file, stepNode, steps.Count + 1, catalog));
        }

        return new ScenarioDocument(file, name, machine, processes, objects, steps.MoveToImmutable());
    }

    /// <summary>
    /// A first pass over the parser's events (the parser is not recursive; the representation model is): lists
    /// and mappings nested deeper than <see cref="MaxNesting"/> are refused before they can exhaust the stack,
    /// and aliases may name scalars only, so no file expands into an exponential number of nodes.
    /// </summary>
    private static void CheckShape(string text, string file)
    {
        var parser = new Parser(new StringReader(text));
        var collectionAnchors = new HashSet<string>(StringComparer.Ordinal);
        int depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case NodeEvent { Anchor.IsEmpty: false } node when node is SequenceStart or MappingStart:
                    collectionAnchors.Add(node.Anchor.Value);
                    break;
                case AnchorAlias alias when collectionAnchors.Contains(alias.Value.Value):
                    throw new ScenarioException(SourceMark.At(file, alias.Start),
                        $"the alias *{alias.Value.Value} names a list or mapping: only scalars may be reused with anchors");
            }

            if (parser.Current is SequenceStart or MappingStart && ++depth > MaxNesting)
            {
                throw new ScenarioException(SourceMark.At(file, parser.Current.Start), $"lists and mappings are nested more than {MaxNesting} deep");
            }

            if (parser.Current is SequenceEnd or MappingEnd)
            {
                depth--;
            }
        }
    }

    /// <summary>The deepest nesting of lists and mappings a scenario may use.</summary>
    public const int MaxNesting = 64;

    /// <summary>
    /// Where a YAML error is. YamlDotNet marks a tab used as indentation, and an alias of an unknown anchor, at
    /// the start of the enclosing node; the first indenting tab or the alias itself is more useful.
    /// </summary>
    private static SourceMark BetterMark(string text, string file, YamlException e)
    {
        var lines = text.Split('\n');
        if (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            for (int i = 0; i < lines.Length; i++)
            {
                int tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
                if (tab >= 0 && lines[i][..tab].Trim().Length == 0)
                {
                    return new SourceMark(file, i + 1, tab + 1);
                }
            }
        }

        if (e is AnchorNotFoundException)
        {
            int quote = e.Message.IndexOf('\'', StringComparison.Ordinal);
            int end = quote < 0 ? -1 : e.Message.IndexOf('\'', quote + 1);
            if (end > quote + 1)
            {
                string alias = "*" + e.Message[(quote + 1)..end];
                for (int i = 0; i < lines.Length; i++)
                {
                    int at = lines[i].IndexOf(alias, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        return new SourceMark(file, i + 1, at + 1);
                    }
                }
            }
        }

        return SourceMark.At(file, e.Start);
    }

    /// <summary>YamlDotNet's message without the "(Line: .., Col: ..) - (..): " prefix it adds.</summary>
    private static string YamlMessage(YamlException e)
    {
        string message = e.Message;
        int cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && cut >= 0 ? message[(cut + 3)..] : message;
    }

    /// <summary>The entries of a mapping by key, refusing keys not in <paramref name="allowed"/>.</summary>
    private static Dictionary<string, YamlNode> Keys(string file, YamlMappingNode mapping, string what, string[] allowed)
    {
        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in YamlNodes.Entries(file, mapping, what))
        {
            string k = key.Value!;
            string? canonical = allowed.FirstOrDefault(a => a.Equals(k, StringComparison.OrdinalIgnoreCase));
            if (canonical is null)
            {
                throw new ScenarioException(SourceMark.Of(file, key),
                    $"{what}: unknown key '{k}'{NameSuggestions.DidYouMean(k, allowed)} (keys: {string.Join(", ", allowed)})");
            }

            result[canonical] = value;
        }

        return result;
    }

    private static ProcessSpec LoadProcess(string file, YamlNode node)
    {
        var mark = SourceMark.Of(file, node);
        var keys = Keys(file, YamlNodes.Mapping(file, node, "process"), "process", ProcessKeys);
        if (!keys.TryGetValue("name", out var nameNode))
        {
            throw new ScenarioException(mark, "process: missing 'name'");
        }

        string name = YamlNodes.Scalar(file, nameNode, "process name");
        if (name.Contains('/', StringComparison.Ordinal))
        {
            throw new ScenarioException(SourceMark.Of(file, nameNode), $"process name '{name}': '/' separates a process from a thread in 'as'");
        }

        string? account = keys.TryGetValue("account", out var accountNode) ? YamlNodes.Scalar(file, accountNode, "account") : null;
        TokenState? token = keys.TryGetValue("token", out var tokenNode) ? LoadToken(file, tokenNode) : null;
        if (account is null == token is null)
        {
            throw new ScenarioException(mark, $"process '{name}': give exactly one of 'account' ({string.Join(", ", StandardMachine.Accounts)}) or 'token'");
        }

        if (account is not null && !StandardMachine.TryLogonToken(account, false, out _))
        {
            throw new ScenarioException(SourceMark.Of(file, accountNode!),
                $"account '{account}' is not an account of the machine{NameSuggestions.DidYouMean(account, StandardMachine.Accounts)} (accounts: {string.Join(", ", StandardMachine.Accounts)})");
        }

        bool elevated = keys.TryGetValue("elevated", out var elevatedNode) && YamlNodes.Boolean(file, elevatedNode, "elevated");
        var threads = ImmutableArray.CreateBuilder<(string, SourceMark)>();
        if (keys.TryGetValue("threads", out var threadsNode))
        {
            foreach (var t in YamlNodes.Sequence(file, threadsNode, "threads").Children)
            {
                string threadName = YamlNodes.Scalar(file, t, "thread name");
                if (threadName.Contains('/', StringComparison.Ordinal))
                {
                    throw new ScenarioException(SourceMark.Of(file, t), $"thread name '{threadName}' contains '/'");
                }

                if (threads.Any(x => string.Equals(x.Item1, threadName, StringComparison.Ordinal)))
                {
                    throw new ScenarioException(SourceMark.Of(file, t), $"thread '{threadName}' is listed twice");
                }

                threads.Add((threadName, SourceMark.Of(file, t)));
            }
        }

        int? quota = keys.TryGetValue("handleQuota", out var quotaNode) ? (int)Number(file, quotaNode, "handleQuota", int.MaxValue) : null;
        return new ProcessSpec(mark, name, account, token, elevated, threads.ToImmutable(), quota);
    }

    private static long Number(string file, YamlNode node, string what, long max)
    {
        string text = YamlNodes.Scalar(file, node, what);
        if (ValueConverter.TryParseInteger(text, out long value) && value >= 0 && value <= max)
        {
            return value;
        }

        throw new ScenarioException(SourceMark.Of(file, node), $"{what}: expected a number from 0 to {max}, found '{YamlNodes.Shorten(text)}'");
    }

    /// <summary>`token`: a preset name, or a token JSON object written as YAML (CONTRACT.md "Token JSON").</summary>
    public static TokenState LoadToken(string file, YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            string preset = YamlNodes.Scalar(file, node, "token");
            if (TokenPresets.TryGet(preset, out var state))
            {
                return state;
            }

            throw new ScenarioException(SourceMark.Of(file, node),
                $"token: '{preset}' is not a preset ({string.Join(", ", TokenPresets.Names)}); give a token JSON object as a mapping");
        }

        string json = ToJson(file, node);
        if (!TokenJson.TryParse(json, TokenInput.Context, out var token, out var error))
        {
            throw new ScenarioException(SourceMark.Of(file, node), $"token: {error.Message}");
        }

        return token;
    }

    /// <summary>A YAML node as JSON text: plain true/false/null/integers become JSON literals, every other scalar a string.</summary>
    public static string ToJson(string file, YamlNode node)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteJson(file, writer, node, 0);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteJson(string file, Utf8JsonWriter writer, YamlNode node, int depth)
    {
        if (depth > 32)
        {
            throw new ScenarioException(SourceMark.Of(file, node), "nested too deeply");
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in YamlNodes.Entries(file, mapping, "token"))
                {
                    writer.WritePropertyName(key.Value!);
                    WriteJson(file, writer, value, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    WriteJson(file, writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar when YamlNodes.IsNull(scalar):
                writer.WriteNullValue();
                break;
            case YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } b:
                writer.WriteBooleanValue(b.Value == "true");
                break;
            case YamlScalarNode { Style: ScalarStyle.Plain } n when long.TryParse(n.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number):
                writer.WriteNumberValue(number);
                break;
            case YamlScalarNode s:
                writer.WriteStringValue(s.Value);
                break;
            default:
                throw new ScenarioException(SourceMark.Of(file, node), "unsupported YAML node");
        }
    }

    private static ObjectSpec LoadObject(string file, YamlNode node)
    {
        var mark = SourceMark.Of(file, node);
        var keys = Keys(file, YamlNodes.Mapping(file, node, "object"), "object", ObjectKeys);
        if (!keys.TryGetValue("name", out var nameNode) || !keys.TryGetValue("type", out var typeNode))
        {
            throw new ScenarioException(mark, "object: give 'name' and 'type' (and optionally 'sddl')");
        }

        string name = YamlNodes.Scalar(file, nameNode, "object name");
        string type = YamlNodes.Scalar(file, typeNode, "object type");
        if (!type.Equals("Event", StringComparison.OrdinalIgnoreCase))
        {
            throw new ScenarioException(SourceMark.Of(file, typeNode), $"object type '{type}': only Event objects can be declared");
        }

        SecurityDescriptor? security = null;
        if (keys.TryGetValue("sddl", out var sddlNode))
        {
            string sddl = YamlNodes.Scalar(file, sddlNode, "sddl");
            if (!SecurityDescriptor.TryParseSddl(sddl, TokenInput.Context, out security, out var error))
            {
                throw new ScenarioException(SourceMark.Of(file, sddlNode), $"sddl: {error}");
            }
        }

        return new ObjectSpec(mark, name, "Event", security);
    }

    private static StepSpec LoadStep(string file, YamlNode node, int number, RoutineCatalog catalog)
    {
        var mark = SourceMark.Of(file, node);
        var keys = Keys(file, YamlNodes.Mapping(file, node, $"step {number}"), $"step {number}", StepKeys);
        if (!keys.TryGetValue("call", out var callNode))
        {
            throw new ScenarioException(mark, $"step {number}: missing 'call'");
        }

        string callName = YamlNodes.Scalar(file, callNode, "call");
        if (!catalog.TryGet(callName, out var routine))
        {
            throw new ScenarioException(SourceMark.Of(file, callNode),
                $"unknown call '{callName}'{NameSuggestions.DidYouMean(callName, catalog.Names)}");
        }

        string? asName = keys.TryGetValue("as", out var asNode) ? YamlNodes.Scalar(file, asNode, "as") : null;
        var mode = KProcessorMode.UserMode;
        if (keys.TryGetValue("mode", out var modeNode))
        {
            mode = YamlNodes.Scalar(file, modeNode, "mode").ToUpperInvariant() switch
            {
                "USER" => KProcessorMode.UserMode,
                "KERNEL" => KProcessorMode.KernelMode,
                var other => throw new ScenarioException(SourceMark.Of(file, modeNode), $"mode: '{other.ToLowerInvariant()}' is not 'user' or 'kernel'"),
            };
        }

        var args = keys.TryGetValue("args", out var argsNode) && !YamlNodes.IsNull(argsNode)
            ? YamlNodes.Entries(file, YamlNodes.Mapping(file, argsNode, "args"), "args")
            : [];
        var argsMark = argsNode is null ? SourceMark.Of(file, callNode) : SourceMark.Of(file, argsNode);
        Duplicates(file, args.Select(a => a.Key), "argument");

        var outs = new List<(YamlScalarNode, string)>();
        if (keys.TryGetValue("out", out var outNode) && !YamlNodes.IsNull(outNode))
        {
            foreach (var (key, value) in YamlNodes.Entries(file, YamlNodes.Mapping(file, outNode, "out"), "out"))
            {
                string variable = YamlNodes.Scalar(file, value, $"out {key.Value}").TrimStart('$');
                if (variable.Length == 0 || !(char.IsAsciiLetter(variable[0]) || variable[0] == '_')
                    || !variable.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
                {
                    throw new ScenarioException(SourceMark.Of(file, value), $"out {key.Value}: '{variable}' is not a variable name (letters, digits, '_' and '-')");
                }

                outs.Add((key, variable));
            }
        }

        var expect = keys.TryGetValue("expect", out var expectNode) && !YamlNodes.IsNull(expectNode)
            ? YamlNodes.Entries(file, YamlNodes.Mapping(file, expectNode, "expect"), "expect")
            : [];
        Duplicates(file, outs.Select(o => o.Item1), "out");
        Duplicates(file, expect.Select(e => e.Key), "expect");

        var outputKeys = outs.Select(o => o.Item1).Where(k => !IsKey(k, ResultKey))
            .Concat(expect.Select(e => e.Key).Where(k => !IsKey(k, StatusKey) && !IsKey(k, ResultKey) && !IsKey(k, LastErrorKey)))
            .ToList();
        var signature = routine.Select(file, argsMark, [.. args.Select(a => a.Key)], outputKeys);

        foreach (var key in outs.Select(o => o.Item1).Concat(expect.Select(e => e.Key)))
        {
            if (IsKey(key, ResultKey) && signature.ReturnType == typeof(void))
            {
                throw new ScenarioException(SourceMark.Of(file, key), $"{routine.Name} returns nothing: there is no 'result'");
            }
        }

        foreach (var (key, _) in expect)
        {
            if (IsKey(key, StatusKey) && !signature.ReturnsStatus)
            {
                throw new ScenarioException(SourceMark.Of(file, key),
                    $"{routine.Name} does not return an NTSTATUS (it returns {signature.ReturnType.Name}): expect 'result'"
                    + (signature.ReturnType == typeof(bool) ? " and 'lastError'" : ""));
            }
        }

        if (signature.NeedsCaller && asName is null)
        {
            throw new ScenarioException(mark, $"step {number}: say which thread calls {routine.Name} with 'as: process' or 'as: process/thread'");
        }

        return new StepSpec(number, mark, asName, asNode is null ? mark : SourceMark.Of(file, asNode), mode, routine, signature, args, outs, expect);
    }

    /// <summary>True when a key is the special key <paramref name="name"/> (case-insensitive).</summary>
    public static bool IsKey(YamlScalarNode key, string name) => string.Equals(key.Value, name, StringComparison.OrdinalIgnoreCase);

    private static void Duplicates(string file, IEnumerable<YamlScalarNode> keys, string what)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys)
        {
            if (!seen.Add(key.Value!))
            {
                throw new ScenarioException(SourceMark.Of(file, key), $"{what} '{key.Value}' is given twice");
            }
        }
    }
}
