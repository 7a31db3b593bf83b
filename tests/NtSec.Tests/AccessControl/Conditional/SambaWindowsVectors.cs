using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using NtSec.AccessControl.Sddl;
using NtSec.Principals;

namespace NtSec.Tests.AccessControl.Conditional;

/// <summary>
/// Reads the Samba/Windows vectors in ../shared/vectors/samba-windows (found by walking up from
/// the test assembly) and takes SDDL strings and Windows' self-relative bytes apart far enough to
/// reach each conditional or resource-attribute ACE. Test code only; the files are not copied.
/// </summary>
internal static class SambaWindowsVectors
{
    /// <summary>Domain (and machine) SID the Windows run of the *.json sets used.</summary>
    public static readonly SddlContext JsonContext = new(Sid.Parse("S-1-5-21-2457507606-2709100691-398136650"));

    /// <summary>Domain SID of the *.txt pairs.</summary>
    public static readonly SddlContext TextContext = new(Sid.Parse("S-1-2-3-4"));

    private static readonly Lazy<string> Folder = new(FindFolder);

    public static string Path(string file) => System.IO.Path.Combine(Folder.Value, file);

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, "shared", "vectors", "samba-windows");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("no shared/vectors/samba-windows above " + AppContext.BaseDirectory);
    }

    /// <summary>The "INPUT -> EXPECTED" lines of a .txt file (expected = input when there is no arrow), with 1-based line numbers.</summary>
    public static IReadOnlyList<(int Line, string Input, string Expected)> ReadPairs(string file)
    {
        var pairs = new List<(int, string, string)>();
        var lines = File.ReadAllLines(Path(file));
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int arrow = line.IndexOf(" -> ", StringComparison.Ordinal);
            pairs.Add(arrow < 0 ? (i + 1, line, line) : (i + 1, line[..arrow], line[(arrow + 4)..]));
        }

        return pairs;
    }

    /// <summary>A JSON object of SDDL string to Windows' self-relative descriptor bytes (.json or .json.gz).</summary>
    public static IReadOnlyList<(string Sddl, byte[] Bytes)> ReadJson(string file)
    {
        using var stream = File.OpenRead(Path(file));
        using Stream json = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var doc = JsonDocument.Parse(json);
        var result = new List<(string, byte[])>();
        foreach (var property in doc.RootElement.EnumerateObject())
        {
            var bytes = property.Value.EnumerateArray().Select(e => (byte)e.GetInt32()).ToArray();
            result.Add((property.Name, bytes));
        }

        return result;
    }

    /// <summary>An ACE inside an SDDL string: its type letters and where its parentheses are.</summary>
    public sealed record SddlAce(string Type, int Open, int Close, int Field7);

    /// <summary>The ACEs of the D: or S: section, in order; ACE fields split at top-level ';', quotes honoured.</summary>
    public static List<SddlAce> Aces(string sddl, char section)
    {
        var aces = new List<SddlAce>();
        char current = '\0';
        int depth = 0;
        bool quoted = false;
        int open = -1;
        var semicolons = new List<int>();
        for (int i = 0; i < sddl.Length; i++)
        {
            char c = sddl[i];
            if (quoted)
            {
                quoted = c != '"';
                continue;
            }

            switch (c)
            {
                case '"' when depth > 0:
                    quoted = true;
                    break;
                case ':' when depth == 0 && i > 0:
                    current = sddl[i - 1];
                    break;
                case '(':
                    if (depth++ == 0)
                    {
                        open = i;
                        semicolons.Clear();
                    }

                    break;
                case ';' when depth == 1:
                    semicolons.Add(i);
                    break;
                case ')':
                    if (--depth == 0 && current == section)
                    {
                        string type = sddl[(open + 1)..(semicolons.Count > 0 ? semicolons[0] : i)].Trim();
                        int field7 = -1;
                        if (semicolons.Count >= 6)
                        {
                            field7 = semicolons[5] + 1;
                            while (field7 < i && sddl[field7] == ' ')
                            {
                                field7++;
                            }
                        }

                        aces.Add(new SddlAce(type.ToUpperInvariant(), open, i, field7));
                    }

                    break;
            }
        }

        return aces;
    }

    public static bool IsConditionalType(string type) => type is "XA" or "XD" or "ZA" or "XU" or "FL";

    /// <summary>An ACE in Windows' bytes: type and application data (what follows the SID).</summary>
    public sealed record BinaryAce(byte Type, byte[] ApplicationData);

    /// <summary>
    /// The ACEs of the DACL (offset field at 16) or SACL (12) of a self-relative descriptor
    /// (MS-DTYP 2.4.6): ACL header 8 bytes, each ACE type/flags/size then the body.
    /// </summary>
    public static List<BinaryAce> BinaryAces(byte[] sd, char section)
    {
        var result = new List<BinaryAce>();
        int aclOffset = BinaryPrimitives.ReadInt32LittleEndian(sd.AsSpan(section == 'D' ? 16 : 12));
        if (aclOffset == 0)
        {
            return result;
        }

        int count = BinaryPrimitives.ReadUInt16LittleEndian(sd.AsSpan(aclOffset + 4));
        int pos = aclOffset + 8;
        for (int i = 0; i < count; i++)
        {
            byte type = sd[pos];
            int size = BinaryPrimitives.ReadUInt16LittleEndian(sd.AsSpan(pos + 2));
            var body = sd.AsSpan(pos + 4, size - 4);
            int sidAt = 4; // after the mask
            if (type is 0x05 or 0x06 or 0x07 or 0x08 or 0x0B or 0x0C or 0x0F or 0x10)
            {
                uint objectFlags = BinaryPrimitives.ReadUInt32LittleEndian(body[4..]);
                sidAt = 8 + ((objectFlags & 1) != 0 ? 16 : 0) + ((objectFlags & 2) != 0 ? 16 : 0);
            }

            int sidLength = 8 + (4 * body[sidAt + 1]);
            result.Add(new BinaryAce(type, body[(sidAt + sidLength)..].ToArray()));
            pos += size;
        }

        return result;
    }
}
