using NtSec.AccessControl;
using NtSec.Tests.Conformance;

namespace NtSec.Tests.AccessControl;

/// <summary>
/// Bad input never crashes (issue 2): 100,000 mutations of Windows' own SDDL strings and bytes,
/// fixed seed. Each must either parse (and then write back and re-read consistently) or fail
/// through the Try API; no other exception, and no case may allocate more than 1 MiB.
/// </summary>
public class MutationFuzzTests
{
    private const int CasesPerKind = 50_000;
    private const long MaxBytesPerCase = 1 << 20;

    private static readonly List<(string Sddl, byte[] Bytes)> Seeds =
        VectorFiles.ReadBytes("short-ordinary-acls.json.gz").Where((_, i) => i % 7 == 0).ToList();

    [Fact]
    public void Mutated_sddl_never_throws()
    {
        var random = new Random(20261121);
        const string alphabet = "();:-0123456789abcdefxSODGAPIRUWLCNTY ";
        int accepted = 0;
        for (int i = 0; i < CasesPerKind; i++)
        {
            var chars = Seeds[random.Next(Seeds.Count)].Sddl.ToCharArray().ToList();
            int edits = 1 + random.Next(4);
            for (int e = 0; e < edits && chars.Count > 0; e++)
            {
                int at = random.Next(chars.Count);
                switch (random.Next(4))
                {
                    case 0: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                    case 1: chars.RemoveAt(at); break;
                    case 2: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: chars.InsertRange(at, chars.GetRange(at, Math.Min(12, chars.Count - at))); break;
                }
            }

            string text = new(chars.ToArray());
            long before = GC.GetAllocatedBytesForCurrentThread();
            if (SecurityDescriptor.TryParseSddl(text, SddlConformance.BytesContext, out var sd, out var error))
            {
                accepted++;
                AssertConsistent(sd, text);
            }
            else
            {
                Assert.InRange(error.Offset, 0, text.Length);
                Assert.False(string.IsNullOrEmpty(error.Message));
            }

            Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < MaxBytesPerCase, text);
        }

        Assert.InRange(accepted, 1, CasesPerKind - 1);
    }

    [Fact]
    public void Mutated_bytes_never_throw()
    {
        var random = new Random(4096);
        int accepted = 0;
        for (int i = 0; i < CasesPerKind; i++)
        {
            var bytes = (byte[])Seeds[random.Next(Seeds.Count)].Bytes.Clone();
            int edits = 1 + random.Next(3);
            for (int e = 0; e < edits; e++)
            {
                int at = random.Next(bytes.Length);
                switch (random.Next(4))
                {
                    case 0: bytes[at] = (byte)random.Next(256); break;
                    case 1: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                    case 2: bytes = bytes[..Math.Max(0, at)]; break;
                    default: bytes[at] = (byte)(random.Next(2) == 0 ? 0xFF : 0x00); break;
                }

                if (bytes.Length == 0)
                {
                    break;
                }
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            if (SecurityDescriptor.TryRead(bytes, out var sd, out var error))
            {
                accepted++;
                Assert.Equal(sd, SecurityDescriptor.Read(sd.ToBytes()));
                _ = sd.TryToSddl(SddlConformance.BytesContext, out _, out _);
            }
            else
            {
                Assert.True(error.IsBinary);
                Assert.InRange(error.Offset, 0, Math.Max(0, bytes.Length));
            }

            Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < MaxBytesPerCase, Convert.ToHexString(bytes));
        }

        Assert.InRange(accepted, 1, CasesPerKind - 1);
    }

    private static void AssertConsistent(SecurityDescriptor sd, string text)
    {
        var bytes = sd.ToBytes();
        var reread = SecurityDescriptor.Read(bytes);
        Assert.Equal(sd, reread);
        Assert.True(sd.TryToSddl(SddlConformance.BytesContext, out var sddl, out var error), error + " for " + text);
        Assert.Equal(bytes, SecurityDescriptor.ParseSddl(sddl, SddlConformance.BytesContext).ToBytes());
    }
}
