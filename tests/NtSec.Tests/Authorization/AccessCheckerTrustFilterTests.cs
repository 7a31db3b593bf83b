using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Authorization;

namespace NtSec.Tests.Authorization;

/// <summary>Process trust label and access filter ACEs (Windows Security Internals ch. 7: checked before integrity).</summary>
public class AccessCheckerTrustFilterTests
{
    private static AccessCheckResult Check(string sddl, uint desired) =>
        AccessChecker.Check(SecurityDescriptor.ParseSddl(sddl), TestTokens.Standard(), desired, GenericMapping.File);

    [Fact]
    public void A_trust_label_limits_a_caller_without_a_trust_level()
    {
        // TL (S-1-19-512-8192, mask 0x120089): a token with no trust level gets at most the label's mask.
        const string sddl = "O:SYG:SYD:(A;;FA;;;WD)S:(TL;;0x120089;;;S-1-19-512-8192)";
        Assert.True(Check(sddl, 0x120089).IsGranted);
        Assert.False(Check(sddl, 0x2).IsGranted);
        Assert.Equal(0x120089u, Check(sddl, AccessMask.MaximumAllowed).GrantedAccess);
        // An inherit-only trust label does not apply.
        Assert.True(Check("O:SYG:SYD:(A;;FA;;;WD)S:(TL;IO;0x120089;;;S-1-19-512-8192)", 0x2).IsGranted);
    }

    [Fact]
    public void An_access_filter_limits_unless_its_condition_is_true()
    {
        // FL with a FALSE or UNKNOWN condition limits to its mask; TRUE removes nothing.
        Assert.False(Check("O:SYG:SYD:(A;;FA;;;WD)S:(FL;;0x120089;;;WD;(Member_of {SID(BA)}))", 0x2).IsGranted);
        Assert.True(Check("O:SYG:SYD:(A;;FA;;;WD)S:(FL;;0x120089;;;WD;(Member_of {SID(BA)}))", 0x1).IsGranted);
        Assert.True(Check("O:SYG:SYD:(A;;FA;;;WD)S:(FL;;0x120089;;;WD;(Member_of {SID(BU)}))", 0x2).IsGranted);
    }
}
