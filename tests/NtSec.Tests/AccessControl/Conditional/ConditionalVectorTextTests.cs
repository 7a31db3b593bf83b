using NtSec.AccessControl.Conditional;
using NtSec.AccessControl.Sddl;
using static NtSec.Tests.AccessControl.Conditional.SambaWindowsVectors;

namespace NtSec.Tests.AccessControl.Conditional;

/// <summary>
/// The conditional-ACE SDDL pairs of samba-windows/conditional_aces*.txt (Windows' output on the
/// right, research/samba-msdtyp.md 3.4.2): every XA/XD/ZA/XU and RA field of the left side must
/// parse, and formatting the bytes must give the right side's field.
/// </summary>
public sealed class ConditionalVectorTextTests
{
    public static TheoryData<string, int> Lines(string file)
    {
        var data = new TheoryData<string, int>();
        foreach (var (line, _, _) in ReadPairs(file))
        {
            data.Add(file, line);
        }

        return data;
    }

    public static TheoryData<string, int> RoundTripLines()
    {
        var data = Lines("conditional_aces.txt");
        foreach (var row in Lines("conditional_aces_windows_only.txt"))
        {
            data.Add((string)row[0], (int)row[1]);
        }

        return data;
    }

    public static TheoryData<string, int> FailLines() => Lines("conditional_aces_should_fail.txt");

    // Source: conditional_aces.txt (73 lines) and conditional_aces_windows_only.txt (11 lines).
    [Theory]
    [MemberData(nameof(RoundTripLines))]
    public void Field_ParsesAndFormatsAsWindows(string file, int line)
    {
        var (_, input, expected) = ReadPairs(file).Single(p => p.Line == line);
        int fields = CheckLine(input, expected, StringComparison.Ordinal);
        Assert.True(fields > 0, "line has no conditional or resource-attribute ACE");
    }

    // Source: conditional_aces_case_insensitive.txt (compared ignoring case, as Samba's harness does).
    [Fact]
    public void CaseInsensitiveFile_FormatsAsWindowsIgnoringCase()
    {
        foreach (var (_, input, expected) in ReadPairs("conditional_aces_case_insensitive.txt"))
        {
            Assert.True(CheckLine(input, expected, StringComparison.OrdinalIgnoreCase) > 0);
        }
    }

    // Source: conditional_aces_should_fail.txt. Every line fails in its conditional field, so no
    // line is skipped for a reason outside the expression.
    [Theory]
    [MemberData(nameof(FailLines))]
    public void ShouldFailLine_IsRejectedInItsCondition(string file, int line)
    {
        var (_, input, _) = ReadPairs(file).Single(p => p.Line == line);
        var failures = new List<string>();
        int fields = 0;
        foreach (char section in "DS")
        {
            foreach (var ace in Aces(input, section).Where(a => a.Field7 >= 0))
            {
                fields++;
                bool ok = ace.Type == "RA"
                    ? ResourceAttributeSddl.TryParse(input, ace.Field7, TextContext, out byte[] _, out _, out var error)
                    : ConditionalExpressionSddl.TryParse(input, ace.Field7, TextContext, out byte[] _, out _, out error);
                if (!ok)
                {
                    failures.Add(error.ToString());
                }
            }
        }

        Assert.True(fields > 0);
        Assert.NotEmpty(failures);
    }

    /// <summary>Checks each conditional/RA field of a line; returns how many there were.</summary>
    private static int CheckLine(string input, string expected, StringComparison comparison)
    {
        int fields = 0;
        foreach (char section in "DS")
        {
            var inputAces = Aces(input, section);
            var expectedAces = Aces(expected, section);
            Assert.Equal(expectedAces.Count, inputAces.Count);
            for (int i = 0; i < inputAces.Count; i++)
            {
                var ace = inputAces[i];
                bool resource = ace.Type == "RA";
                if (!resource && !IsConditionalType(ace.Type))
                {
                    continue;
                }

                fields++;
                var want = expectedAces[i];
                string wantField = expected[want.Field7..want.Close];
                bool parsed = resource
                    ? ResourceAttributeSddl.TryParse(input, ace.Field7, TextContext, out byte[] bytes, out int end, out var parseError)
                    : ConditionalExpressionSddl.TryParse(input, ace.Field7, TextContext, out bytes, out end, out parseError);
                Assert.True(parsed, $"{input[ace.Field7..ace.Close]}: {parseError}");
                Assert.Equal(ace.Close, end);
                Assert.Equal(0, bytes.Length % 4);

                string? formatted;
                string? error;
                bool ok = resource
                    ? ResourceAttributeSddl.TryFormat(bytes, TextContext, out formatted, out error)
                    : ConditionalExpressionSddl.TryFormat(bytes, TextContext, out formatted, out error);
                Assert.True(ok, error);
                Assert.True(string.Equals(wantField, formatted, comparison), $"expected {wantField}{Environment.NewLine}actual   {formatted}");
            }
        }

        return fields;
    }
}
