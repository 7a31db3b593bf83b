namespace NtSec.Tests.Conformance;

/// <summary>
/// The Samba/Windows vector corpus (../shared/vectors/samba-windows): outputs of
/// ConvertStringSecurityDescriptorToSecurityDescriptorW and the reverse on real Windows.
/// Counts are recorded in docs/conformance.md.
/// </summary>
public class SambaWindowsVectorTests
{
    [Theory]
    [InlineData("canonical.txt")]
    [InlineData("non_canonical.txt")]
    [InlineData("windows_is_less_fussy.txt")]
    [InlineData("windows_is_weird.txt")]
    [InlineData("conditional_aces.txt")]
    [InlineData("conditional_aces_windows_only.txt")]
    public void Round_trips_match_windows(string file)
    {
        var (cases, failures) = SddlConformance.RoundTrips(file);
        Assert.True(cases > 0);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Conditional_case_insensitive_round_trip()
    {
        // conditional_aces_case_insensitive.txt: Windows' output equals the expected text ignoring case.
        var (cases, failures) = SddlConformance.RoundTrips("conditional_aces_case_insensitive.txt", ignoreCase: true);
        Assert.Equal(1, cases);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Conditional_strings_windows_rejects_are_rejected()
    {
        // conditional_aces_should_fail.txt: right side "x" means Windows fails the string.
        var (cases, failures) = SddlConformance.Rejections("conditional_aces_should_fail.txt");
        Assert.Equal(11, cases);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("should_fail.txt")]
    [InlineData("windows_is_fussy.txt")]
    public void Strings_windows_rejects_are_rejected(string file)
    {
        var (cases, failures) = SddlConformance.Rejections(file);
        Assert.True(cases > 0);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // windowsPadded: cases where Windows wrote ACL revision 4 plus 4 zero bytes per zero-mask
    // AU/MP ACE after the last ACE; NtSec does not reproduce that (docs/conformance.md).
    [Theory]
    [InlineData("short-ordinary-acls.json.gz", 7140, 8)]
    [InlineData("short-ordinary-acls-v2.json.gz", 117, 0)]
    [InlineData("registry-object-rights.json", 11, 0)]
    [InlineData("oversize-acls.json", 9, 9)]
    [InlineData("conditional_aces.txt.json", 60, 0)]
    [InlineData("short-conditional-and-resource-aces-successes.json.gz", 368, 0)]
    [InlineData("short-conditional-and-resource-aces-tx-int.json.gz", 11, 0)]
    public void Sddl_encodes_to_windows_bytes(string file, int expectedCases, int windowsPadded)
    {
        var (cases, failures, padded) = SddlConformance.Bytes(file);
        Assert.Equal(expectedCases, cases);
        Assert.Equal(windowsPadded, padded);
        Assert.True(failures.Count == 0, $"{failures.Count}/{cases} differ:\n" + string.Join("\n", failures.Take(30)));
    }
}
