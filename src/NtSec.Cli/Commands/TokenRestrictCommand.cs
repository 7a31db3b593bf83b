using System.CommandLine;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;

namespace NtSec.Cli.Commands;

/// <summary>
/// `ntsec token restrict TOKEN`: NtFilterToken (CreateRestrictedToken) on a token; prints the new token
/// and what changed.
/// </summary>
internal static class TokenRestrictCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var token = new Argument<string>("TOKEN") { Description = "A preset: system, local-service, network-service, admin, admin-filtered, user, anonymous" };
        var disable = new Option<string[]>("--disable") { Description = "SidsToDisable: a SID to make deny-only (S-1-..., SDDL alias or account name); repeatable" };
        var delete = new Option<string[]>("--delete-privilege") { Description = "PrivilegesToDelete: a privilege name to delete; repeatable" };
        var restrict = new Option<string[]>("--restrict") { Description = "SidsToRestrict: a restricting SID; repeatable" };
        var flags = new Option<string[]>("--flags")
        {
            Description = "Flags: DISABLE_MAX_PRIVILEGE, SANDBOX_INERT, WRITE_RESTRICTED, LUA_TOKEN, joined with | or repeated",
        };
        var command = new Command("restrict", "Make a restricted token as CreateRestrictedToken/NtFilterToken does and show what changed")
        {
            token, disable, delete, restrict, flags,
        };
        command.SetAction(result =>
        {
            string name = result.GetValue(token)!;
            if (!TokenInput.TryResolveToken(name, out var source, out var inputError)
                || !TryParseSids("--disable", result.GetValue(disable), out var sidsToDisable, out inputError)
                || !TryParsePrivileges(result.GetValue(delete), out var privilegesToDelete, out inputError)
                || !TryParseSids("--restrict", result.GetValue(restrict), out var sidsToRestrict, out inputError)
                || !TryParseFlags(result.GetValue(flags), out var filterFlags, out inputError))
            {
                error.WriteLine("error: " + inputError);
                return ExitCodes.BadInput;
            }

            var restricting = sidsToRestrict.Select(s => new SidAndAttributes(s, GroupAttributes.None)).ToList();
            var filtered = TokenFilter.Filter(source, filterFlags, sidsToDisable, privilegesToDelete, restricting, new LuidAllocator());
            output.WriteLine($"NtFilterToken({name}, Flags={SdkFlags.Format(filterFlags)}) = {filtered.Status.ToName()}");
            if (!filtered.IsSuccess)
            {
                output.WriteLine(filtered.Status == NtStatus.STATUS_NOT_IMPLEMENTED
                    ? "LUA_TOKEN is not modelled: no source says precisely what it changes."
                    : "No token was created.");
                return ExitCodes.CheckFailed;
            }

            output.WriteLine();
            TokenView.Write(filtered.Value!, name + " (restricted)", output);
            output.WriteLine();
            TokenView.WriteDifference(source, filtered.Value!, sidsToDisable, privilegesToDelete, output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool TryParseSids(string option, string[]? values, out List<Sid> sids, [NotNullWhen(false)] out string? error)
    {
        sids = [];
        error = null;
        foreach (var text in values ?? [])
        {
            if (!TokenInput.TryParseSid(option, text, out var sid, out error))
            {
                return false;
            }

            sids.Add(sid);
        }

        return true;
    }

    private static bool TryParsePrivileges(string[]? values, out List<Luid> luids, [NotNullWhen(false)] out string? error)
    {
        luids = [];
        error = null;
        foreach (var text in values ?? [])
        {
            if (!TokenInput.TryParsePrivilege("--delete-privilege", text, out var privilege, out error))
            {
                return false;
            }

            luids.Add(privilege.Luid);
        }

        return true;
    }

    private static bool TryParseFlags(string[]? values, out FilterTokenFlags flags, [NotNullWhen(false)] out string? error)
    {
        flags = FilterTokenFlags.None;
        error = null;
        foreach (var text in values ?? [])
        {
            if (!SdkFlags.TryParse<FilterTokenFlags>(text, out var parsed, out var parseError))
            {
                error = $"--flags '{text}': {parseError.Message} (at offset {parseError.Offset}); expected DISABLE_MAX_PRIVILEGE, SANDBOX_INERT, LUA_TOKEN or WRITE_RESTRICTED";
                return false;
            }

            flags |= parsed;
        }

        return true;
    }
}
