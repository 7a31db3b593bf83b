using NtSec.AccessControl.Sddl;
using NtSec.Principals;
using NtSec.Tokens;
using NtSec.Tokens.Json;
using NtSec.Tokens.Presets;

namespace NtSec.Cli.Commands;

/// <summary>How `ntsec token` commands read their arguments: a TOKEN, SIDs, privilege names.</summary>
internal static class TokenInput
{
    /// <summary>SDDL aliases resolve against the presets' machine domain, so "DU" is its None group.</summary>
    private static readonly SddlContext SidContext = new(TokenPresets.MachineDomainSid);

    /// <summary>
    /// Resolves a TOKEN argument (CONTRACT.md): a preset name (case-insensitive) or a token JSON file.
    /// </summary>
    public static bool TryResolveToken(string argument, [NotNullWhen(true)] out TokenState? token, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (TokenPresets.TryGet(argument, out token))
        {
            return true;
        }

        if (File.Exists(argument))
        {
            if (TokenJson.TryParse(File.ReadAllText(argument), SidContext, out token, out var parseError))
            {
                return true;
            }

            error = $"TOKEN file '{argument}': {parseError}";
            return false;
        }

        error = $"TOKEN '{argument}': neither a preset ({string.Join(", ", TokenPresets.Names)}) nor an existing token JSON file";
        return false;
    }

    /// <summary>A TOKEN given inline in a JSON line: a preset name string or a token object.</summary>
    public static bool TryResolveToken(System.Text.Json.JsonElement element, [NotNullWhen(true)] out TokenState? token, [NotNullWhen(false)] out string? error)
    {
        if (element.ValueKind == System.Text.Json.JsonValueKind.String)
        {
            return TryResolveToken(element.GetString()!, out token, out error);
        }

        if (TokenJson.TryParse(element, SidContext, out token, out var parseError))
        {
            error = null;
            return true;
        }

        error = $"token: {parseError}";
        return false;
    }

    /// <summary>The context token JSON and SID arguments resolve SDDL aliases against.</summary>
    public static SddlContext Context => SidContext;

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
