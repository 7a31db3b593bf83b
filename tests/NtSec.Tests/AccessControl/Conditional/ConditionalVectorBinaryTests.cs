using System.Text;
using NtSec.AccessControl.Conditional;
using NtSec.AccessControl.Sddl;
using Xunit.Abstractions;
using static NtSec.Tests.AccessControl.Conditional.SambaWindowsVectors;

namespace NtSec.Tests.AccessControl.Conditional;

/// <summary>
/// SDDL to Windows' bytes (samba-windows *.json, research/samba-msdtyp.md 3.4.3): for every
/// callback or resource-attribute ACE, parsing its SDDL field gives exactly the application data
/// Windows stored, and formatting Windows' data gives SDDL that parses back to the same bytes.
/// </summary>
public sealed class ConditionalVectorBinaryTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("conditional_aces.txt.json", 60)]
    [InlineData("short-conditional-and-resource-aces-successes.json.gz", 368)]
    [InlineData("short-conditional-and-resource-aces-tx-int.json.gz", 11)]
    public void EveryField_MatchesWindowsBytes(string file, int cases)
    {
        var vectors = ReadJson(file);
        Assert.Equal(cases, vectors.Count);
        int fields = 0, matched = 0, casesWithFields = 0, casesMatched = 0;
        var failures = new StringBuilder();
        foreach (var (sddl, sd) in vectors)
        {
            int before = failures.Length;
            int caseFields = 0;
            foreach (char section in "DS")
            {
                var textAces = Aces(sddl, section);
                var binaryAces = BinaryAces(sd, section);
                if (textAces.Count != binaryAces.Count)
                {
                    failures.AppendLine($"{sddl}: {section}: {textAces.Count} ACEs in SDDL, {binaryAces.Count} in Windows' bytes");
                    continue;
                }

                for (int i = 0; i < textAces.Count; i++)
                {
                    var ace = textAces[i];
                    bool resource = ace.Type == "RA";
                    if (!resource && !IsConditionalType(ace.Type))
                    {
                        continue;
                    }

                    fields++;
                    caseFields++;
                    string? problem = Check(sddl, ace, binaryAces[i].ApplicationData, resource);
                    if (problem is null)
                    {
                        matched++;
                    }
                    else
                    {
                        failures.AppendLine($"{sddl[ace.Open..(ace.Close + 1)]}: {problem}");
                    }
                }
            }

            if (caseFields > 0)
            {
                casesWithFields++;
                if (failures.Length == before)
                {
                    casesMatched++;
                }
            }
        }

        output.WriteLine($"{file}: {vectors.Count} cases, {casesWithFields} with conditional/RA ACEs, {casesMatched} of those fully matched; {fields} fields, {matched} matched, {fields - matched} not matched");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static string? Check(string sddl, SddlAce ace, byte[] windows, bool resource)
    {
        var context = JsonContext;
        bool parsed = resource
            ? ResourceAttributeSddl.TryParse(sddl, ace.Field7, context, out byte[] bytes, out int end, out var error)
            : ConditionalExpressionSddl.TryParse(sddl, ace.Field7, context, out bytes, out end, out error);
        if (!parsed)
        {
            return "parse failed: " + error;
        }

        if (end != ace.Close)
        {
            return $"parse ended at {end}, the ACE closes at {ace.Close}";
        }

        if (!bytes.AsSpan().SequenceEqual(windows))
        {
            return $"bytes differ{Environment.NewLine}  windows {Convert.ToHexStringLower(windows)}{Environment.NewLine}  ours    {Convert.ToHexStringLower(bytes)}";
        }

        bool formattedOk = resource
            ? ResourceAttributeSddl.TryFormat(windows, context, out string? formatted, out string? formatError)
            : ConditionalExpressionSddl.TryFormat(windows, context, out formatted, out formatError);
        if (!formattedOk)
        {
            return "format of Windows' bytes failed: " + formatError;
        }

        bool reparsed = resource
            ? ResourceAttributeSddl.TryParse(formatted!, 0, context, out byte[] again, out int againEnd, out var againError)
            : ConditionalExpressionSddl.TryParse(formatted!, 0, context, out again, out againEnd, out againError);
        if (!reparsed || againEnd != formatted!.Length)
        {
            return $"our output {formatted} does not parse back: {againError}";
        }

        return again.AsSpan().SequenceEqual(windows) ? null : $"our output {formatted} parses to other bytes {Convert.ToHexStringLower(again)}";
    }
}
