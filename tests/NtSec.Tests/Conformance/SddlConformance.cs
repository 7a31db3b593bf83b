using NtSec.AccessControl;
using NtSec.AccessControl.Sddl;
using NtSec.Principals;

namespace NtSec.Tests.Conformance;

/// <summary>Runs one vector file through the codec and lists the cases that do not match Windows.</summary>
internal static class SddlConformance
{
    /// <summary>Domain SID of the text pairs (vectors README).</summary>
    public static readonly SddlContext TextContext = new(Sid.Parse("S-1-2-3-4"));

    /// <summary>Domain (and machine) SID of the JSON byte vectors (vectors README).</summary>
    public static readonly SddlContext BytesContext = new(Sid.Parse("S-1-5-21-2457507606-2709100691-398136650"));

    /// <summary>Round trips: parse then format must give Windows' output (hex compared case-insensitively).</summary>
    public static (int Cases, List<string> Failures) RoundTrips(string file, bool ignoreCase = false)
    {
        var failures = new List<string>();
        var pairs = VectorFiles.ReadPairs(file);
        foreach (var (line, input, expected) in pairs)
        {
            if (!SecurityDescriptor.TryParseSddl(input, TextContext, out var sd, out var error))
            {
                failures.Add($"{file}:{line}: rejected: {error}");
                continue;
            }

            if (!sd.TryToSddl(TextContext, out var output, out var formatError))
            {
                failures.Add($"{file}:{line}: cannot format: {formatError}");
                continue;
            }

            bool same = ignoreCase
                ? string.Equals(output, expected, StringComparison.OrdinalIgnoreCase)
                : LowerHex(output) == LowerHex(expected);
            if (!same)
            {
                failures.Add($"{file}:{line}: got {output} expected {expected}");
            }
        }

        return (pairs.Count, failures);
    }

    /// <summary>Hex numbers compared case-insensitively (vectors README), everything else exactly.</summary>
    private static string LowerHex(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "0x[0-9A-Fa-f]+", m => m.Value.ToLowerInvariant());

    /// <summary>Rejections: every input must fail to parse.</summary>
    public static (int Cases, List<string> Failures) Rejections(string file)
    {
        var failures = new List<string>();
        var pairs = VectorFiles.ReadPairs(file);
        foreach (var (line, input, expected) in pairs)
        {
            if (SecurityDescriptor.TryParseSddl(input, TextContext, out var sd, out _))
            {
                failures.Add($"{file}:{line}: accepted as {sd.ToSddl(TextContext)} ({input})");
            }
        }

        return (pairs.Count, failures);
    }

    /// <summary>
    /// SDDL to Windows bytes: our encoding must equal Windows' bytes; Windows' bytes must read,
    /// write back unchanged, and format to SDDL that parses to the same descriptor.
    /// </summary>
    public static (int Cases, List<string> Failures, int WindowsPadded) Bytes(string file)
    {
        var failures = new List<string>();
        int padded = 0;
        var cases = VectorFiles.ReadBytes(file);
        foreach (var (sddl, windows) in cases)
        {
            string name = sddl.Length > 90 ? sddl[..90] + "..." : sddl;
            if (!SecurityDescriptor.TryParseSddl(sddl, BytesContext, out var sd, out var error))
            {
                failures.Add($"parse: {name}: {error}");
                continue;
            }

            var ours = sd.ToBytes();
            if (!ours.AsSpan().SequenceEqual(windows) && IsOnlyWindowsPadding(windows, ours))
            {
                padded++;
            }
            else if (!ours.AsSpan().SequenceEqual(windows))
            {
                failures.Add($"encode: {name}: ours {Convert.ToHexString(ours)} windows {Convert.ToHexString(windows)}");
            }

            if (!SecurityDescriptor.TryRead(windows, out var read, out var readError))
            {
                failures.Add($"read: {name}: {readError}");
                continue;
            }

            if (!read.ToBytes().AsSpan().SequenceEqual(windows))
            {
                failures.Add($"rewrite: {name}");
            }

            if (!read.TryToSddl(BytesContext, out var text, out var formatError))
            {
                failures.Add($"format: {name}: {formatError}");
                continue;
            }

            if (!SecurityDescriptor.TryParseSddl(text, BytesContext, out var again, out error) || !SameContent(again, read))
            {
                failures.Add($"reparse: {name}: {text}");
            }
        }

        return (cases.Count, failures, padded);
    }

    /// <summary>
    /// True when Windows' bytes differ from ours only by an ACL that Windows wrote with revision 4
    /// and zero bytes after its last ACE (oversize-acls.json; see docs/conformance.md). Both sides
    /// are compared after rebuilding Windows' ACLs as new ACLs holding the same ACEs.
    /// </summary>
    private static bool IsOnlyWindowsPadding(byte[] windows, byte[] ours)
    {
        if (!SecurityDescriptor.TryRead(windows, out var read, out _))
        {
            return false;
        }

        bool hasPadding = (read.Dacl?.TrailingBytes.Length ?? 0) > 0 || (read.Sacl?.TrailingBytes.Length ?? 0) > 0;
        var rebuilt = new SecurityDescriptor(read.Control, read.Owner, read.Group, Rebuild(read.Dacl), Rebuild(read.Sacl));
        return hasPadding && rebuilt.ToBytes().AsSpan().SequenceEqual(ours);
    }

    private static Acl? Rebuild(Acl? acl) => acl is null ? null : new Acl(acl.Aces);

    /// <summary>Equal but for ACL revision and trailing padding, which SDDL cannot carry.</summary>
    private static bool SameContent(SecurityDescriptor a, SecurityDescriptor b) =>
        a.Control == b.Control && a.Owner == b.Owner && a.Group == b.Group
        && SameAces(a.Dacl, b.Dacl) && SameAces(a.Sacl, b.Sacl);

    private static bool SameAces(Acl? a, Acl? b) =>
        a is null ? b is null : b is not null && a.Aces.SequenceEqual(b.Aces);
}
