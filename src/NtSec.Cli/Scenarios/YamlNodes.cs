using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NtSec.Cli.Scenarios;

/// <summary>Reading the YAML representation model with positions: every failure names the node's line and column.</summary>
internal static class YamlNodes
{
    /// <summary>True for a plain scalar that YAML reads as null: empty, "~", "null", "Null", "NULL".</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>"a mapping", "a list", "a scalar": what a node is, for messages.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ when IsNull(node) => "null",
        YamlScalarNode s => $"'{Shorten(s.Value ?? "")}'",
        _ => "an alias",
    };

    /// <summary>The text of a scalar node, or an error naming what was found instead.</summary>
    public static string Scalar(string file, YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && !IsNull(node))
        {
            return value;
        }

        throw new ScenarioException(SourceMark.Of(file, node), $"{what}: expected a value, found {Describe(node)}");
    }

    /// <summary>The node as a mapping, or an error.</summary>
    public static YamlMappingNode Mapping(string file, YamlNode node, string what) =>
        node as YamlMappingNode ?? throw new ScenarioException(SourceMark.Of(file, node), $"{what}: expected a mapping, found {Describe(node)}");

    /// <summary>The node as a list, or an error.</summary>
    public static YamlSequenceNode Sequence(string file, YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw new ScenarioException(SourceMark.Of(file, node), $"{what}: expected a list, found {Describe(node)}");

    /// <summary>The entries of a mapping, each key a scalar (an error otherwise).</summary>
    public static IReadOnlyList<(YamlScalarNode Key, YamlNode Value)> Entries(string file, YamlMappingNode mapping, string what)
    {
        var entries = new List<(YamlScalarNode, YamlNode)>(mapping.Children.Count);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } } scalar || IsNull(key))
            {
                throw new ScenarioException(SourceMark.Of(file, key), $"{what}: a key must be a name, found {Describe(key)}");
            }

            entries.Add((scalar, value));
        }

        return entries;
    }

    /// <summary>A boolean scalar: true or false (any case), as YAML 1.2 reads them.</summary>
    public static bool Boolean(string file, YamlNode node, string what)
    {
        string text = Scalar(file, node, what);
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        throw new ScenarioException(SourceMark.Of(file, node), $"{what}: expected true or false, found '{Shorten(text)}'");
    }

    /// <summary>A compact one-line rendering of a node, for "expected" texts in reports.</summary>
    public static string Render(YamlNode node, int depth = 0)
    {
        if (depth > 8)
        {
            return "...";
        }

        return node switch
        {
            YamlMappingNode m => "{" + string.Join(", ", m.Children.Select(c => Render(c.Key, depth + 1) + ": " + Render(c.Value, depth + 1))) + "}",
            YamlSequenceNode s => "[" + string.Join(", ", s.Children.Select(c => Render(c, depth + 1))) + "]",
            _ when IsNull(node) => "null",
            YamlScalarNode sc => sc.Value ?? "",
            _ => "?",
        };
    }

    /// <summary>A text cut to at most 80 characters for messages.</summary>
    public static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
