using NtSec.Tokens;
using NtSec.Tokens.Presets;

namespace NtSec.Kernel;

/// <summary>
/// The `standard` machine of CONTRACT.md: the System process (PID 4, SYSTEM), service processes as
/// LocalService and NetworkService, and the accounts alice (standard user) and admin (UAC split:
/// its processes get the filtered token unless elevated).
/// </summary>
public static class StandardMachine
{
    /// <summary>The account names a scenario may give a process, case-insensitive.</summary>
    public static IReadOnlyList<string> Accounts { get; } = ["SYSTEM", "LocalService", "NetworkService", "alice", "admin"];

    /// <summary>Creates the machine with its System process and two service processes.</summary>
    public static Machine Create()
    {
        var machine = new Machine(TokenPresets.System);
        machine.CreateProcess("LocalServiceHost", TokenPresets.LocalService, sessionId: 0);
        machine.CreateProcess("NetworkServiceHost", TokenPresets.NetworkService, sessionId: 0);
        return machine;
    }

    /// <summary>The primary token a logon of <paramref name="account"/> gives, or false for an unknown account.</summary>
    public static bool TryLogonToken(string account, bool elevated, [NotNullWhen(true)] out TokenState? token)
    {
        token = account.ToUpperInvariant() switch
        {
            "SYSTEM" => TokenPresets.System,
            "LOCALSERVICE" => TokenPresets.LocalService,
            "NETWORKSERVICE" => TokenPresets.NetworkService,
            "ALICE" => TokenPresets.User,
            "ADMIN" => elevated ? TokenPresets.Admin : TokenPresets.AdminFiltered,
            _ => null,
        };
        return token is not null;
    }

    /// <summary>Creates a process for <paramref name="account"/>, linking the admin halves as TokenLinkedToken.</summary>
    /// <exception cref="ArgumentException">Unknown account or duplicate process name.</exception>
    public static ProcessObject CreateProcess(Machine machine, string name, string account, bool elevated = false)
    {
        ArgumentNullException.ThrowIfNull(machine);
        if (!TryLogonToken(account, elevated, out var token))
        {
            throw new ArgumentException($"unknown account '{account}' (known: {string.Join(", ", Accounts)})", nameof(account));
        }

        var process = machine.CreateProcess(name, token);
        if (string.Equals(account, "admin", StringComparison.OrdinalIgnoreCase)
            && TokenPresets.TryGetLinked(elevated ? "admin" : "admin-filtered", out var linked))
        {
            process.PrimaryToken.LinkedToken = Machine.NewTokenObject(linked);
        }

        return process;
    }
}
