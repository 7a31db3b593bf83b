using System.IO.Compression;
using System.Text.Json;

namespace NtSec.Tests.Conformance;

/// <summary>Locates and reads ../shared/vectors/samba-windows (see its README for the formats).</summary>
internal static class VectorFiles
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Folder => Root.Value;

    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Text pairs: "INPUT -> EXPECTED"; a line without the arrow expects itself; '#' lines are comments.</summary>
    public static IReadOnlyList<(int Line, string Input, string Expected)> ReadPairs(string name)
    {
        var result = new List<(int, string, string)>();
        var lines = File.ReadAllLines(PathOf(name));
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int arrow = line.IndexOf(" -> ", StringComparison.Ordinal);
            result.Add(arrow < 0 ? (i + 1, line, line) : (i + 1, line[..arrow], line[(arrow + 4)..]));
        }

        return result;
    }

    /// <summary>SDDL -> Windows self-relative bytes, in file order.</summary>
    public static IReadOnlyList<(string Sddl, byte[] Bytes)> ReadBytes(string name)
    {
        using var stream = File.OpenRead(PathOf(name));
        using Stream input = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var doc = JsonDocument.Parse(input);
        var result = new List<(string, byte[])>();
        foreach (var property in doc.RootElement.EnumerateObject())
        {
            var bytes = property.Value.EnumerateArray().Select(e => (byte)e.GetInt32()).ToArray();
            result.Add((property.Name, bytes));
        }

        return result;
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "vectors", "samba-windows");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/vectors/samba-windows not found above " + AppContext.BaseDirectory);
    }
}
