using NtSec.Kernel.Impersonation;
using NtSec.Principals;
using NtSec.Tokens.Presets;
using G = NtSec.Kernel.Impersonation.ImpersonationGate;
using S = NtSec.Tokens.SecurityImpersonationLevel;

namespace NtSec.Tests.Kernel.Impersonation;

/// <summary>
/// The impersonation check as a table: {server holds SeImpersonatePrivilege enabled or not} x {client is the
/// server's user or bob} x {client IL Medium (not above the server's Medium) or High} x {server restricted}
/// x {client restricted} x {requested Identification / Impersonation / Delegation}. The client is never
/// created in the server's logon session here (its TokenOrigin is zero). Sources per row; the order of
/// the gates is in docs/impersonation.md.
/// </summary>
public class ImpersonationDecisionTableTests
{
    [Theory]
    //          server  same   client server client
    //          priv    user   IL>    restr  restr  requested            expected level       deciding gate
    [InlineData(true , true , false, false, false, S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(true , true , false, false, true , S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(true , true , false, true , false, S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(true , true , false, true , true , S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(true , true , true , false, false, S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(true , true , true , false, true , S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(true , true , true , true , false, S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(true , true , true , true , true , S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(true , false, false, false, false, S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(true , false, false, false, true , S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(true , false, false, true , false, S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(true , false, false, true , true , S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(true , false, true , false, false, S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(true , false, true , false, true , S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(true , false, true , true , false, S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(true , false, true , true , true , S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(false, true , false, false, false, S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(false, true , false, false, true , S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(false, true , false, true , false, S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(false, true , false, true , true , S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(false, true , true , false, false, S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(false, true , true , false, true , S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(false, true , true , true , false, S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(false, true , true , true , true , S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(false, false, false, false, false, S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(false, false, false, false, true , S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(false, false, false, true , false, S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(false, false, false, true , true , S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(false, false, true , false, false, S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(false, false, true , false, true , S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(false, false, true , true , false, S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(false, false, true , true , true , S.SecurityIdentification, S.SecurityIdentification, G.LevelBelowImpersonation)] // MS impersonation pages: a level below SecurityImpersonation is allowed
    [InlineData(true , true , false, false, false, S.SecurityImpersonation, S.SecurityImpersonation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , true , false, false, true , S.SecurityImpersonation, S.SecurityImpersonation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , true , false, true , false, S.SecurityImpersonation, S.SecurityImpersonation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , true , false, true , true , S.SecurityImpersonation, S.SecurityImpersonation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , true , true , false, false, S.SecurityImpersonation, S.SecurityImpersonation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , true , true , false, true , S.SecurityImpersonation, S.SecurityImpersonation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , true , true , true , false, S.SecurityImpersonation, S.SecurityImpersonation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , true , true , true , true , S.SecurityImpersonation, S.SecurityImpersonation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , false, false, false, false, S.SecurityImpersonation, S.SecurityImpersonation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , false, false, false, true , S.SecurityImpersonation, S.SecurityImpersonation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , false, false, true , false, S.SecurityImpersonation, S.SecurityImpersonation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , false, false, true , true , S.SecurityImpersonation, S.SecurityImpersonation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , false, true , false, false, S.SecurityImpersonation, S.SecurityImpersonation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , false, true , false, true , S.SecurityImpersonation, S.SecurityImpersonation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , false, true , true , false, S.SecurityImpersonation, S.SecurityImpersonation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , false, true , true , true , S.SecurityImpersonation, S.SecurityImpersonation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(false, true , false, false, false, S.SecurityImpersonation, S.SecurityImpersonation, G.SameUser)] // MS pages: same identity
    [InlineData(false, true , false, false, true , S.SecurityImpersonation, S.SecurityImpersonation, G.SameUser)] // MS pages: same identity; unrestricted server takes a restricted client
    [InlineData(false, true , false, true , false, S.SecurityImpersonation, S.SecurityIdentification, G.Restricted)] // users.md 2.6/4.2; ReactOS PR #3605; decompiled restricted check
    [InlineData(false, true , false, true , true , S.SecurityImpersonation, S.SecurityImpersonation, G.SameUser)] // MS pages: same identity; restricted server, restricted client
    [InlineData(false, true , true , false, false, S.SecurityImpersonation, S.SecurityIdentification, G.IntegrityLevel)] // users.md 4.2; decompiled: server IL must dominate the client's
    [InlineData(false, true , true , false, true , S.SecurityImpersonation, S.SecurityIdentification, G.IntegrityLevel)] // users.md 4.2; decompiled: server IL must dominate the client's
    [InlineData(false, true , true , true , false, S.SecurityImpersonation, S.SecurityIdentification, G.IntegrityLevel)] // users.md 4.2; decompiled: server IL must dominate the client's
    [InlineData(false, true , true , true , true , S.SecurityImpersonation, S.SecurityIdentification, G.IntegrityLevel)] // users.md 4.2; decompiled: server IL must dominate the client's
    [InlineData(false, false, false, false, false, S.SecurityImpersonation, S.SecurityIdentification, G.DifferentUser)] // MS pages: 'authenticated identity is same as the caller' fails; PetitPotato #3
    [InlineData(false, false, false, false, true , S.SecurityImpersonation, S.SecurityIdentification, G.DifferentUser)] // MS pages: 'authenticated identity is same as the caller' fails; PetitPotato #3
    [InlineData(false, false, false, true , false, S.SecurityImpersonation, S.SecurityIdentification, G.DifferentUser)] // MS pages: 'authenticated identity is same as the caller' fails; PetitPotato #3
    [InlineData(false, false, false, true , true , S.SecurityImpersonation, S.SecurityIdentification, G.DifferentUser)] // MS pages: 'authenticated identity is same as the caller' fails; PetitPotato #3
    [InlineData(false, false, true , false, false, S.SecurityImpersonation, S.SecurityIdentification, G.IntegrityLevel)] // users.md 4.2; decompiled: server IL must dominate the client's
    [InlineData(false, false, true , false, true , S.SecurityImpersonation, S.SecurityIdentification, G.IntegrityLevel)] // users.md 4.2; decompiled: server IL must dominate the client's
    [InlineData(false, false, true , true , false, S.SecurityImpersonation, S.SecurityIdentification, G.IntegrityLevel)] // users.md 4.2; decompiled: server IL must dominate the client's
    [InlineData(false, false, true , true , true , S.SecurityImpersonation, S.SecurityIdentification, G.IntegrityLevel)] // users.md 4.2; decompiled: server IL must dominate the client's
    [InlineData(true , true , false, false, false, S.SecurityDelegation, S.SecurityDelegation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , true , false, false, true , S.SecurityDelegation, S.SecurityDelegation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , true , false, true , false, S.SecurityDelegation, S.SecurityDelegation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , true , false, true , true , S.SecurityDelegation, S.SecurityDelegation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , true , true , false, false, S.SecurityDelegation, S.SecurityDelegation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , true , true , false, true , S.SecurityDelegation, S.SecurityDelegation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , true , true , true , false, S.SecurityDelegation, S.SecurityDelegation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , true , true , true , true , S.SecurityDelegation, S.SecurityDelegation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , false, false, false, false, S.SecurityDelegation, S.SecurityDelegation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , false, false, false, true , S.SecurityDelegation, S.SecurityDelegation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , false, false, true , false, S.SecurityDelegation, S.SecurityDelegation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , false, false, true , true , S.SecurityDelegation, S.SecurityDelegation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , false, true , false, false, S.SecurityDelegation, S.SecurityDelegation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , false, true , false, true , S.SecurityDelegation, S.SecurityDelegation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , false, true , true , false, S.SecurityDelegation, S.SecurityDelegation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(true , false, true , true , true , S.SecurityDelegation, S.SecurityDelegation, G.ImpersonatePrivilege)] // MS pages: caller has SeImpersonatePrivilege; decompiled: decides before the IL and restricted gates
    [InlineData(false, true , false, false, false, S.SecurityDelegation, S.SecurityDelegation, G.SameUser)] // MS pages: same identity
    [InlineData(false, true , false, false, true , S.SecurityDelegation, S.SecurityDelegation, G.SameUser)] // MS pages: same identity; unrestricted server takes a restricted client
    [InlineData(false, true , false, true , false, S.SecurityDelegation, S.SecurityIdentification, G.Restricted)] // users.md 2.6/4.2; ReactOS PR #3605; decompiled restricted check
    [InlineData(false, true , false, true , true , S.SecurityDelegation, S.SecurityDelegation, G.SameUser)] // MS pages: same identity; restricted server, restricted client
    [InlineData(false, true , true , false, false, S.SecurityDelegation, S.SecurityIdentification, G.IntegrityLevel)] // users.md 4.2; decompiled: server IL must dominate the client's
    [InlineData(false, true , true , false, true , S.SecurityDelegation, S.SecurityIdentification, G.IntegrityLevel)] // users.md 4.2; decompiled: server IL must dominate the client's
    [InlineData(false, true , true , true , false, S.SecurityDelegation, S.SecurityIdentification, G.IntegrityLevel)] // users.md 4.2; decompiled: server IL must dominate the client's
    [InlineData(false, true , true , true , true , S.SecurityDelegation, S.SecurityIdentification, G.IntegrityLevel)] // users.md 4.2; decompiled: server IL must dominate the client's
    [InlineData(false, false, false, false, false, S.SecurityDelegation, S.SecurityIdentification, G.DifferentUser)] // MS pages: 'authenticated identity is same as the caller' fails; PetitPotato #3
    [InlineData(false, false, false, false, true , S.SecurityDelegation, S.SecurityIdentification, G.DifferentUser)] // MS pages: 'authenticated identity is same as the caller' fails; PetitPotato #3
    [InlineData(false, false, false, true , false, S.SecurityDelegation, S.SecurityIdentification, G.DifferentUser)] // MS pages: 'authenticated identity is same as the caller' fails; PetitPotato #3
    [InlineData(false, false, false, true , true , S.SecurityDelegation, S.SecurityIdentification, G.DifferentUser)] // MS pages: 'authenticated identity is same as the caller' fails; PetitPotato #3
    [InlineData(false, false, true , false, false, S.SecurityDelegation, S.SecurityIdentification, G.IntegrityLevel)] // users.md 4.2; decompiled: server IL must dominate the client's
    [InlineData(false, false, true , false, true , S.SecurityDelegation, S.SecurityIdentification, G.IntegrityLevel)] // users.md 4.2; decompiled: server IL must dominate the client's
    [InlineData(false, false, true , true , false, S.SecurityDelegation, S.SecurityIdentification, G.IntegrityLevel)] // users.md 4.2; decompiled: server IL must dominate the client's
    [InlineData(false, false, true , true , true , S.SecurityDelegation, S.SecurityIdentification, G.IntegrityLevel)] // users.md 4.2; decompiled: server IL must dominate the client's
    public void Effective_level_and_deciding_gate(bool serverPrivilege, bool sameUser, bool clientIlHigher, bool serverRestricted,
        bool clientRestricted, S requested, S expectedLevel, G expectedGate)
    {
        var server = ImpersonationTokens.Make(TokenPresets.AliceSid, IntegrityLevel.Medium, ImpersonationTokens.ServerLogon,
            impersonatePrivilege: serverPrivilege, restricted: serverRestricted);
        var client = ImpersonationTokens.Make(sameUser ? TokenPresets.AliceSid : ImpersonationTokens.Bob,
            clientIlHigher ? IntegrityLevel.High : IntegrityLevel.Medium, ImpersonationTokens.ClientLogon, restricted: clientRestricted);

        var decision = ImpersonationDecision.Decide(server, client, requested);

        Assert.Equal(expectedLevel, decision.Level);
        Assert.Equal(expectedGate, decision.Gate);
        Assert.Equal(requested, decision.RequestedLevel);
        Assert.Equal(expectedLevel < requested, decision.Downgraded);
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
        Assert.Equal(decision.Downgraded, decision.Reason.StartsWith("downgraded to SecurityIdentification", StringComparison.Ordinal));
    }
}
