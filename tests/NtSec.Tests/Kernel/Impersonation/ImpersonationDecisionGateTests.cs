using NtSec.Kernel.Impersonation;
using NtSec.Principals;
using NtSec.Tokens;
using NtSec.Tokens.Presets;
using static NtSec.Tests.Kernel.Impersonation.ImpersonationTokens;

namespace NtSec.Tests.Kernel.Impersonation;

/// <summary>The gates the table does not vary: anonymous logon, logon session, elevation, AppContainer, write-restricted, session.</summary>
public class ImpersonationDecisionGateTests
{
    private const SecurityImpersonationLevel Anonymous = SecurityImpersonationLevel.SecurityAnonymous;
    private const SecurityImpersonationLevel Identification = SecurityImpersonationLevel.SecurityIdentification;
    private const SecurityImpersonationLevel Impersonation = SecurityImpersonationLevel.SecurityImpersonation;

    private static readonly Sid AppContainerA = Sid.Parse("S-1-15-2-1-2-3-4-5-6-7");
    private static readonly Sid AppContainerB = Sid.Parse("S-1-15-2-7-6-5-4-3-2-1");
    private static readonly Sid ChildOfA = Sid.Parse("S-1-15-2-1-2-3-4-5-6-7-10-11-12-13");

    private static TokenState Server(bool restricted = false, bool writeRestricted = false, IntegrityLevel il = IntegrityLevel.Medium,
        TokenElevationType elevation = TokenElevationType.TokenElevationTypeDefault, Sid? appContainer = null, uint session = 1) =>
        Make(TokenPresets.AliceSid, il, ServerLogon, restricted: restricted, writeRestricted: writeRestricted, elevation: elevation,
            appContainer: appContainer, sessionId: session);

    private static TokenState Client(Sid? user = null, bool restricted = false, bool writeRestricted = false, IntegrityLevel il = IntegrityLevel.Medium,
        Luid origin = default, TokenElevationType elevation = TokenElevationType.TokenElevationTypeDefault, Sid? appContainer = null, uint session = 1) =>
        Make(user ?? TokenPresets.AliceSid, il, ClientLogon, restricted: restricted, writeRestricted: writeRestricted, origin: origin,
            elevation: elevation, appContainer: appContainer, sessionId: session);

    [Fact]
    public void Anonymous_and_identification_requests_are_kept_for_anyone()
    {
        // MS impersonation pages: a requested level below SecurityImpersonation is allowed.
        var d = ImpersonationDecision.Decide(Server(), Client(user: Bob, il: IntegrityLevel.System), Anonymous);
        Assert.Equal((Anonymous, false, ImpersonationGate.LevelBelowImpersonation), (d.Level, d.Downgraded, d.Gate));
    }

    [Fact]
    public void The_anonymous_logon_is_kept_without_privilege()
    {
        // Decompiled SeTokenCanImpersonate and ReactOS: AuthenticationId ANONYMOUS_LOGON_LUID is accepted before the
        // privilege gate (ImpersonateAnonymousToken works for any caller).
        var d = ImpersonationDecision.Decide(Server(), TokenPresets.Anonymous, Impersonation);
        Assert.Equal((Impersonation, false, ImpersonationGate.AnonymousLogon), (d.Level, d.Downgraded, d.Gate));
    }

    [Fact]
    public void An_appcontainer_server_does_not_fully_impersonate_the_anonymous_logon()
    {
        // Decompiled SeTokenCanImpersonate (newer build): an anonymous client for a lowbox server must be a related lowbox token.
        var d = ImpersonationDecision.Decide(Server(appContainer: AppContainerA), TokenPresets.Anonymous, Impersonation);
        Assert.Equal((Identification, true, ImpersonationGate.AppContainer), (d.Level, d.Downgraded, d.Gate));
    }

    [Fact]
    public void A_present_but_disabled_SeImpersonatePrivilege_does_not_count()
    {
        // MS pages: "has the SeImpersonatePrivilege privilege"; decompiled: Present & Enabled bit 29. DESIGN.md: enabled.
        var server = Make(TokenPresets.AliceSid, IntegrityLevel.Medium, ServerLogon, impersonatePrivilege: true, impersonatePrivilegeEnabled: false);
        var d = ImpersonationDecision.Decide(server, Client(user: Bob), Impersonation);
        Assert.Equal((Identification, ImpersonationGate.DifferentUser), (d.Level, d.Gate));
        Assert.Contains("SeImpersonatePrivilege but it is disabled", d.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_made_in_the_servers_logon_session_is_kept_for_another_user()
    {
        // MS pages: "A process (or another process in the caller's logon session) created the token using explicit
        // credentials through LogonUser"; decompiled: the client's OriginatingLogonSession equals the server's AuthenticationId.
        var d = ImpersonationDecision.Decide(Server(), Client(user: Bob, origin: ServerLogon), Impersonation);
        Assert.Equal((Impersonation, false, ImpersonationGate.LogonSession), (d.Level, d.Downgraded, d.Gate));
    }

    [Fact]
    public void The_logon_session_gate_comes_after_the_integrity_gate()
    {
        // Decompiled SeTokenCanImpersonate: the integrity comparison precedes the logon-session comparison.
        var d = ImpersonationDecision.Decide(Server(), Client(user: Bob, origin: ServerLogon, il: IntegrityLevel.High), Impersonation);
        Assert.Equal((Identification, ImpersonationGate.IntegrityLevel), (d.Level, d.Gate));
        Assert.Contains("S-1-16-12288 (High) is above the server's S-1-16-8192 (Medium)", d.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_logon_session_gate_comes_before_the_restricted_gate()
    {
        // Decompiled SeTokenCanImpersonate: a token from the server's logon session is accepted before the same-user
        // checks, restricted-ness included.
        var d = ImpersonationDecision.Decide(Server(restricted: true), Client(origin: ServerLogon), Impersonation);
        Assert.Equal((Impersonation, ImpersonationGate.LogonSession), (d.Level, d.Gate));
    }

    [Fact]
    public void A_shared_AuthenticationId_is_not_the_logon_session_gate()
    {
        // users.md 2.6: Chromium's lockdown (restricted, primary) and initial (impersonation) tokens are both filtered
        // from the broker's token, so they share its AuthenticationId; an unrestricted initial token is still
        // downgraded for the restricted process. Only TokenOrigin counts (docs/impersonation.md).
        var lockdown = Make(TokenPresets.AliceSid, IntegrityLevel.Low, ServerLogon, restricted: true);
        var unprotected = Make(TokenPresets.AliceSid, IntegrityLevel.Low, ServerLogon, type: TokenType.TokenImpersonation, level: Impersonation);
        var sameAccess = Make(TokenPresets.AliceSid, IntegrityLevel.Low, ServerLogon, restricted: true, type: TokenType.TokenImpersonation, level: Impersonation);

        var d = ImpersonationDecision.Decide(lockdown, unprotected, Impersonation);
        Assert.Equal((Identification, ImpersonationGate.Restricted), (d.Level, d.Gate));
        Assert.Contains("the server's token is restricted and the client's is not", d.Reason, StringComparison.Ordinal);
        d = ImpersonationDecision.Decide(lockdown, sameAccess, Impersonation);
        Assert.Equal((Impersonation, ImpersonationGate.SameUser), (d.Level, d.Gate));
    }

    [Fact]
    public void An_elevated_client_is_downgraded_for_a_UAC_limited_server_of_the_same_user()
    {
        // Decompiled SeTokenCanImpersonate (elevation flags): approximated with TokenElevationType, unverified.
        var limited = Server(elevation: TokenElevationType.TokenElevationTypeLimited, il: IntegrityLevel.High);
        var d = ImpersonationDecision.Decide(limited, Client(elevation: TokenElevationType.TokenElevationTypeFull, il: IntegrityLevel.High), Impersonation);
        Assert.Equal((Identification, ImpersonationGate.Elevation), (d.Level, d.Gate));

        var full = Server(elevation: TokenElevationType.TokenElevationTypeFull, il: IntegrityLevel.High);
        d = ImpersonationDecision.Decide(full, Client(elevation: TokenElevationType.TokenElevationTypeFull, il: IntegrityLevel.High), Impersonation);
        Assert.Equal((Impersonation, ImpersonationGate.SameUser), (d.Level, d.Gate));
    }

    [Fact]
    public void The_UAC_split_admin_cannot_impersonate_its_elevated_half_from_medium()
    {
        // users.md 4.2: the IL gate; the presets' admin (High) for admin-filtered (Medium).
        var d = ImpersonationDecision.Decide(TokenPresets.AdminFiltered, TokenPresets.Admin, Impersonation);
        Assert.Equal((Identification, ImpersonationGate.IntegrityLevel), (d.Level, d.Gate));
    }

    [Theory]
    [InlineData("A", "A", true)]     // the same AppContainer
    [InlineData("A", "child", true)] // a child AppContainer of the server's (RtlIsParentOfChildAppContainer)
    [InlineData("A", "B", false)]    // another AppContainer
    [InlineData("A", null, false)]   // not an AppContainer
    [InlineData(null, "A", true)]    // an ordinary server may take an AppContainer client of its user
    public void An_appcontainer_server_impersonates_only_its_appcontainer_or_a_child(string? serverAc, string? clientAc, bool kept)
    {
        // Decompiled SeTokenCanImpersonate: lowbox server needs a lowbox client with an equal or child package SID.
        static Sid? Ac(string? name) => name switch { "A" => AppContainerA, "B" => AppContainerB, "child" => ChildOfA, _ => null };
        var d = ImpersonationDecision.Decide(Server(appContainer: Ac(serverAc)), Client(appContainer: Ac(clientAc)), Impersonation);
        Assert.Equal(kept ? (Impersonation, ImpersonationGate.SameUser) : (Identification, ImpersonationGate.AppContainer), (d.Level, d.Gate));
    }

    [Theory]
    [InlineData("none", "write", true)]        // an unrestricted server takes any client
    [InlineData("full", "write", false)]       // a fully restricted server, a write-restricted client
    [InlineData("write", "write", true)]       // both write-restricted
    [InlineData("write", "full", true)]        // a write-restricted server, a fully restricted client
    [InlineData("full", "full", true)]         // both fully restricted
    public void Write_restricted_clients_need_a_write_restricted_or_unrestricted_server(string serverMode, string clientMode, bool kept)
    {
        // Decompiled SeTokenCanImpersonate: !restricted(server) || (restricted(client) && (wr(server) || !wr(client))).
        var server = Server(restricted: serverMode == "full", writeRestricted: serverMode == "write");
        var client = Client(restricted: clientMode == "full", writeRestricted: clientMode == "write");
        var d = ImpersonationDecision.Decide(server, client, Impersonation);
        Assert.Equal(kept ? (Impersonation, ImpersonationGate.SameUser) : (Identification, ImpersonationGate.Restricted), (d.Level, d.Gate));
        if (!kept)
        {
            Assert.Contains("the client is write-restricted and the server's token is restricted for all access", d.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(1u, 0u, false)] // the client's token is in session 0, the server's in session 1
    [InlineData(1u, 2u, true)]  // another non-zero session is accepted
    [InlineData(0u, 0u, true)]  // both in session 0
    public void A_session_zero_client_is_downgraded_for_a_server_in_another_session(uint serverSession, uint clientSession, bool kept)
    {
        // Decompiled SeTokenCanImpersonate: server session == client session, or client session != 0.
        var d = ImpersonationDecision.Decide(Server(session: serverSession), Client(session: clientSession), Impersonation);
        Assert.Equal(kept ? (Impersonation, ImpersonationGate.SameUser) : (Identification, ImpersonationGate.Session), (d.Level, d.Gate));
    }

    [Fact]
    public void An_anonymous_level_impersonation_token_is_downgraded_to_anonymous()
    {
        // Decompiled PsImpersonateClient: the fallback copy's level is Identification, or the token's own level
        // when it is an impersonation token below Identification.
        var client = Make(Bob, IntegrityLevel.Medium, ClientLogon, type: TokenType.TokenImpersonation, level: Anonymous);
        var d = ImpersonationDecision.Decide(Server(), client, Impersonation);
        Assert.Equal((Anonymous, true, ImpersonationGate.DifferentUser), (d.Level, d.Downgraded, d.Gate));
        Assert.StartsWith("downgraded to SecurityAnonymous", d.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reason_names_the_missing_privilege_and_both_users()
    {
        // users.md 4.2: the product must say why ("no SeImpersonatePrivilege; different user; ...").
        var d = ImpersonationDecision.Decide(LocalServiceWithoutImpersonate(), TokenPresets.System, Impersonation);
        Assert.Equal((Identification, ImpersonationGate.DifferentUser), (d.Level, d.Gate));
        Assert.Contains("does not hold SeImpersonatePrivilege", d.Reason, StringComparison.Ordinal);
        Assert.Contains("S-1-5-18 is not the server's user S-1-5-19", d.Reason, StringComparison.Ordinal);
        Assert.Contains("0x0-0x3E5", d.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TokenPresets.LocalServiceName)]
    [InlineData(TokenPresets.NetworkServiceName)]
    public void Service_accounts_impersonate_SYSTEM_through_their_privilege(string service)
    {
        // users.md 4.13 step 3: LOCAL SERVICE and NETWORK SERVICE hold SeImpersonatePrivilege enabled (presets).
        Assert.True(TokenPresets.TryGet(service, out var server));
        var d = ImpersonationDecision.Decide(server, TokenPresets.System, Impersonation);
        Assert.Equal((Impersonation, false, ImpersonationGate.ImpersonatePrivilege), (d.Level, d.Downgraded, d.Gate));
    }

    [Fact]
    public void A_level_outside_the_enumeration_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ImpersonationDecision.Decide(Server(), Client(), (SecurityImpersonationLevel)4));
    }
}
