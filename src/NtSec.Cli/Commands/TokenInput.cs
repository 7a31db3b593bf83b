using NtSec.AccessControl.Sddl;
using NtSec.Principals;
using NtSec.Tokens;
using NtSec.Tokens.Presets;

namespace NtSec.Cli.Commands;

/// <summary>How `ntsec token` commands read their arguments: a TOKEN, SIDs, privilege names.</summary>
internal static class TokenInput
{
    /// <summary>SDDL aliases resolve against the presets' machine domain, so "DU" is its None group.</summary>
    private static readonly SddlContext SidContext = new(TokenPresets.MachineDomainSid);

    /// <summary>
    /// Resolves a TOKEN argument: a preset name (case-insensitive). The one place to add other token
    /// sources (a token JSON file, CONTRACT.md).
    /// </summary>
    public static bool TryResolveToken(string argument, [NotNullWhen(true)] out TokenState? token, [NotNullWhen(false)] out string? error)
    {
        if (TokenPresets.TryGet(argument, out token))
        {
            error = null;
            return true;
        }

        error = $"TOKEN '{argument}': not a preset (expected one of {string.Join(", ", TokenPresets.Names)})";
        return false;
    }

    /// <summary>A SID given as S-1-..., an SDDL alias ("BA", "WD") or a well-known account name ("Everyone").</summary>
    public static bool TryParseSid(string option, string text, [NotNullWhen(true)] out Sid? sid, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (SidContext.TryParseSid(text.AsSpan(), 0, out sid, out var parseError))
        {
            return true;
        }

        if (WellKnownSidNames.TryGetSid(text, out var account))
        {
            sid = account.Sid;
            return true;
        }

        error = $"{option} '{text}': not a SID, an SDDL alias or a well-known account name ({parseError.Message} at offset {parseError.Offset})";
        return false;
    }

    /// <summary>A privilege name as LookupPrivilegeValue takes it (case-insensitive).</summary>
    public static bool TryParsePrivilege(string option, string text, [NotNullWhen(true)] out Privilege? privilege, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (PrivilegeTable.TryGetByName(text, out privilege))
        {
            return true;
        }

        error = $"{option} '{text}': not a privilege name (e.g. SeDebugPrivilege)";
        return false;
    }
}
