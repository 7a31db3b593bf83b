using System.CommandLine;
using NtSec.AccessControl.Sddl;
using NtSec.Principals;

namespace NtSec.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> DomainSid() => new("--domain-sid")
    {
        Description = "SID that domain- and machine-relative SDDL aliases (DA, DU, LA, ...) resolve against",
    };

    /// <summary>The SDDL context for a --domain-sid value, or an error naming what is wrong.</summary>
    public static bool TryContext(string? domainSid, [NotNullWhen(true)] out SddlContext? context, [NotNullWhen(false)] out string? error)
    {
        context = null;
        error = null;
        if (domainSid is null)
        {
            context = SddlContext.Default;
            return true;
        }

        if (!Sid.TryParse(domainSid, out var sid, out var parseError))
        {
            error = $"--domain-sid: {parseError}";
            return false;
        }

        context = new SddlContext(sid);
        return true;
    }
}
