using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NtSec.Cli.Scenarios;

/// <summary>A position in a scenario file: the file as given on the command line, and the 1-based line and column.</summary>
/// <param name="File">The file path as the user gave it (or as found in a directory).</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
internal readonly record struct SourceMark(string File, long Line, long Column)
{
    /// <summary>The position of <paramref name="node"/>'s first character.</summary>
    public static SourceMark Of(string file, YamlNode node) => At(file, node.Start);

    /// <summary>The position of a YamlDotNet mark.</summary>
    public static SourceMark At(string file, Mark mark) => new(file, Math.Max(1, mark.Line), Math.Max(1, mark.Column));

    /// <summary>"file:line:column", as compilers print positions.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}");
}
