using System.Globalization;
using NtSec.Principals;
using NtSec.Tokens;

namespace NtSec.Kernel.Impersonation;

/// <summary>
/// Whether a server may impersonate a client token at the level it asks for, and if not, the level it
/// silently gets instead: the check PsImpersonateClient makes (Windows' SeTokenCanImpersonate) before
/// it installs a token on a thread. A pure function of the two token snapshots and the level.
/// </summary>
/// <remarks>
/// <para>The gates, in order (docs/impersonation.md gives the sources): a level below SecurityImpersonation
/// is kept; the anonymous logon is kept; an enabled SeImpersonatePrivilege in the server keeps the level;
/// a client integrity level above the server's downgrades; a client created in the server's logon
/// session (TokenOrigin) is kept; another user downgrades; for the server's own user, an elevated client
/// for a UAC-limited server, an AppContainer mismatch, an unrestricted (or write-restricted) client for a
/// restricted server, and a session-0 client for a server in another session downgrade; otherwise kept.</para>
/// <para>A downgrade is silent: PsImpersonateClient succeeds and installs an Identification-level copy
/// (an Anonymous-level impersonation token stays Anonymous). Nothing fails until the thread opens an
/// object (STATUS_BAD_IMPERSONATION_LEVEL) or duplicates the token to a higher level.</para>
/// </remarks>
/// <param name="RequestedLevel">The level the server asked for.</param>
/// <param name="Level">The level the server gets.</param>
/// <param name="Downgraded">True when <paramref name="Level"/> is below <paramref name="RequestedLevel"/>: a silent downgrade.</param>
/// <param name="Gate">The gate that decided.</param>
/// <param name="Reason">Why, in words, naming the SIDs, levels and ids involved.</param>
public sealed record ImpersonationDecision(SecurityImpersonationLevel RequestedLevel, SecurityImpersonationLevel Level, bool Downgraded,
    ImpersonationGate Gate, string Reason)
{
    /// <summary>ANONYMOUS_LOGON_LUID (0x3E6): the logon session of the anonymous token.</summary>
    public static Luid AnonymousLogonId { get; } = new(0x3E6, 0);

    // winnt.h: SECURITY_APP_PACKAGE_AUTHORITY (15), SECURITY_APP_PACKAGE_BASE_RID (2),
    // SECURITY_APP_PACKAGE_RID_COUNT (8), SECURITY_CHILD_PACKAGE_RID_COUNT (12).
    private const int AppPackageRidCount = 8;
    private const int ChildPackageRidCount = 12;

    /// <summary>Decides the level <paramref name="server"/> gets when it impersonates <paramref name="client"/>.</summary>
    /// <param name="server">The primary token of the process of the thread that will impersonate.</param>
    /// <param name="client">The token to be impersonated (an impersonation or a primary token).</param>
    /// <param name="requestedLevel">The level asked for.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requestedLevel"/> is not a SECURITY_IMPERSONATION_LEVEL value.</exception>
    public static ImpersonationDecision Decide(TokenState server, TokenState client, SecurityImpersonationLevel requestedLevel)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(client);
        if (requestedLevel is < SecurityImpersonationLevel.SecurityAnonymous or > SecurityImpersonationLevel.SecurityDelegation)
        {
            throw new ArgumentOutOfRangeException(nameof(requestedLevel), requestedLevel, "not a SECURITY_IMPERSONATION_LEVEL value");
        }

        // 1. Microsoft's impersonation pages (ImpersonateNamedPipeClient, ImpersonateLoggedOnUser, ...): "the
        //    requested impersonation level of the token is less than SecurityImpersonation". Windows' check
        //    returns at once for such a level.
        if (requestedLevel < SecurityImpersonationLevel.SecurityImpersonation)
        {
            return Keep(requestedLevel, ImpersonationGate.LevelBelowImpersonation,
                $"{requestedLevel} requested: a level below SecurityImpersonation is always granted");
        }

        // 2. The anonymous logon may be impersonated by anyone (NtImpersonateAnonymousToken is open to every
        //    caller); an AppContainer server only as its own AppContainer (decompiled SeTokenCanImpersonate).
        if (client.AuthenticationId == AnonymousLogonId)
        {
            return AppContainerAllows(server, client)
                ? Keep(requestedLevel, ImpersonationGate.AnonymousLogon,
                    "the client is the anonymous logon (AuthenticationId 0x3E6), which any server may impersonate")
                : Downgrade(requestedLevel, client, ImpersonationGate.AppContainer,
                    $"the server runs in AppContainer {server.AppContainerSid} and the anonymous client is not that AppContainer or a child of it");
        }

        // 3. "The caller has the SeImpersonatePrivilege privilege": present and enabled. It decides before
        //    every later gate, integrity included (decompiled SeTokenCanImpersonate tests it first).
        if (server.HasEnabledPrivilege(WellKnownPrivilege.SeImpersonatePrivilege))
        {
            return Keep(requestedLevel, ImpersonationGate.ImpersonatePrivilege, "the server holds SeImpersonatePrivilege, enabled");
        }

        string noPrivilege = server.HasPrivilege(WellKnownPrivilege.SeImpersonatePrivilege)
            ? "the server holds SeImpersonatePrivilege but it is disabled"
            : "the server does not hold SeImpersonatePrivilege";

        // 4. The client's integrity level must not be above the server's (users.md 4.2; decompiled: the server's
        //    label must dominate the client's), whatever the logon session or user.
        uint serverIl = IntegrityRid(server.IntegrityLevel), clientIl = IntegrityRid(client.IntegrityLevel);
        if (clientIl > serverIl)
        {
            return Downgrade(requestedLevel, client, ImpersonationGate.IntegrityLevel,
                $"{noPrivilege}, and the client's integrity level {Describe(client.IntegrityLevel)} is above the server's {Describe(server.IntegrityLevel)}");
        }

        // 5. "A process (or another process in the caller's logon session) created the token using explicit
        //    credentials through LogonUser or LsaLogonUser": the token's TokenOrigin (OriginatingLogonSession,
        //    set by LSA to the caller's logon session) is the server's AuthenticationId.
        if (client.Origin == server.AuthenticationId)
        {
            return Keep(requestedLevel, ImpersonationGate.LogonSession,
                Invariant($"the client token was created in the server's logon session (its TokenOrigin {client.Origin} is the server's AuthenticationId)"));
        }

        // 6. "The authenticated identity is same as the caller": the user SIDs.
        if (client.User.Sid != server.User.Sid)
        {
            return Downgrade(requestedLevel, client, ImpersonationGate.DifferentUser,
                Invariant($"{noPrivilege}; the client {client.User.Sid} is not the server's user {server.User.Sid}, and its token was not created in the server's logon session {server.AuthenticationId} (TokenOrigin {client.Origin})"));
        }

        // 7. The same user, elevated, for a server that runs with the UAC-limited token of a split logon
        //    (decompiled: an elevated client needs an elevated server when the server's logon session is the
        //    filtered half; modelled with TokenElevationType, unverified).
        if (client.ElevationType == TokenElevationType.TokenElevationTypeFull && server.ElevationType == TokenElevationType.TokenElevationTypeLimited)
        {
            return Downgrade(requestedLevel, client, ImpersonationGate.Elevation,
                $"{noPrivilege}; the client is the server's user {server.User.Sid} but elevated, and the server runs with the UAC-limited token");
        }

        // 8. An AppContainer server only impersonates its own AppContainer or a child of it.
        if (!AppContainerAllows(server, client))
        {
            return Downgrade(requestedLevel, client, ImpersonationGate.AppContainer,
                $"{noPrivilege}; the server runs in AppContainer {server.AppContainerSid} and the client is not that AppContainer or a child of it");
        }

        // 9. A restricted server only impersonates a restricted client, and a write-restricted client only if
        //    the server is write-restricted too (users.md 4.2 and 2.6; decompiled SeTokenCanImpersonate; ReactOS
        //    demands equal restricted-ness both ways, Windows only this way).
        if (server.IsRestricted && (!client.IsRestricted || (client.IsWriteRestricted && !server.IsWriteRestricted)))
        {
            string why = client.IsRestricted
                ? "the client is write-restricted and the server's token is restricted for all access"
                : "the server's token is restricted and the client's is not";
            return Downgrade(requestedLevel, client, ImpersonationGate.Restricted,
                $"{noPrivilege}; the client is the server's user {server.User.Sid}, but {why}");
        }

        // 10. A client token of session 0 is not impersonated by a server in another session (decompiled).
        if (client.SessionId == 0 && server.SessionId != 0)
        {
            return Downgrade(requestedLevel, client, ImpersonationGate.Session,
                Invariant($"{noPrivilege}; the client is the server's user {server.User.Sid}, but its token is in session 0 and the server's in session {server.SessionId}"));
        }

        return Keep(requestedLevel, ImpersonationGate.SameUser,
            $"the client is the server's own user {server.User.Sid}");
    }

    /// <inheritdoc/>
    public override string ToString() => Downgraded
        ? $"{RequestedLevel} -> {Level} ({Gate}): {Reason}"
        : $"{Level} ({Gate}): {Reason}";

    private static ImpersonationDecision Keep(SecurityImpersonationLevel level, ImpersonationGate gate, string reason) =>
        new(level, level, false, gate, reason);

    /// <summary>
    /// PsImpersonateClient's fallback: an Identification-level copy, or Anonymous when the client is an
    /// impersonation token at SecurityAnonymous (decompiled PsImpersonateClient takes the lower of the two).
    /// </summary>
    private static ImpersonationDecision Downgrade(SecurityImpersonationLevel requested, TokenState client, ImpersonationGate gate, string reason)
    {
        var level = client.Type == TokenType.TokenImpersonation && client.ImpersonationLevel < SecurityImpersonationLevel.SecurityIdentification
            ? client.ImpersonationLevel
            : SecurityImpersonationLevel.SecurityIdentification;
        return new(requested, level, true, gate, $"downgraded to {level}: {reason}");
    }

    private static bool AppContainerAllows(TokenState server, TokenState client)
    {
        if (server.AppContainerSid is not { } parent)
        {
            return true;
        }

        if (client.AppContainerSid is not { } child)
        {
            return false;
        }

        if (child == parent)
        {
            return true;
        }

        // A child AppContainer SID is its parent's SID (S-1-15-2 and 8 RIDs) followed by 4 more RIDs.
        if (parent.Authority != child.Authority || parent.SubAuthorityCount != AppPackageRidCount || child.SubAuthorityCount != ChildPackageRidCount)
        {
            return false;
        }

        return child.SubAuthorities[..AppPackageRidCount].SequenceEqual(parent.SubAuthorities);
    }

    private static uint IntegrityRid(Sid label) => IntegrityLevels.TryFromSid(label, out var level) ? (uint)level : 0;

    private static string Describe(Sid label) =>
        IntegrityLevels.TryFromSid(label, out var level) && level.IsNamed()
            ? Invariant($"{label} ({level})")
            : label.ToString();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
