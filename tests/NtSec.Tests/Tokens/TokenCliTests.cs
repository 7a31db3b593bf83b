using NtSec.Cli;

namespace NtSec.Tests.Tokens;

public class TokenCliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Show_prints_the_whole_token()
    {
        var (code, output, error) = Run("token", "show", "user");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("TOKEN user", output, StringComparison.Ordinal);
        Assert.Contains("S-1-5-21-1-2-3-1001  alice", output, StringComparison.Ordinal);
        Assert.Contains("NT AUTHORITY\\Authenticated Users", output, StringComparison.Ordinal);
        Assert.Contains("Mandatory, Enabled by default, Enabled (0x00000007)", output, StringComparison.Ordinal);
        Assert.Contains("Logon ID (0xC0000007)", output, StringComparison.Ordinal);
        Assert.Contains("Mandatory Label\\Medium Mandatory Level", output, StringComparison.Ordinal);
        Assert.Contains("SeChangeNotifyPrivilege", output, StringComparison.Ordinal);
        Assert.Contains("Enabled, Enabled by default (0x00000003)", output, StringComparison.Ordinal);
        Assert.Contains("Default DACL         D:(A;;GA;;;S-1-5-21-1-2-3-1001)(A;;GA;;;SY)(A;;GXGR;;;S-1-5-5-0-196625)", output, StringComparison.Ordinal);
        Assert.Contains("TokenId              0x0-0x10011", output, StringComparison.Ordinal);
        Assert.Contains("RESTRICTING SIDS (0)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_spells_out_deny_only_and_elevation()
    {
        var (code, output, _) = Run("token", "show", "ADMIN-filtered");
        Assert.Equal(0, code);
        Assert.Contains("BUILTIN\\Administrators", output, StringComparison.Ordinal);
        Assert.Contains("Deny-only (0x00000010)", output, StringComparison.Ordinal);
        Assert.Contains("TokenElevationTypeLimited", output, StringComparison.Ordinal);
        Assert.Contains("TOKEN_IS_FILTERED", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_an_unknown_preset_is_bad_input_naming_it()
    {
        var (code, output, error) = Run("token", "show", "nosuch");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("'nosuch'", error, StringComparison.Ordinal);
        Assert.Contains("local-service", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Restrict_prints_the_result_and_the_difference()
    {
        var (code, output, error) = Run("token", "restrict", "admin", "--disable", "BA", "--disable", "Everyone",
            "--delete-privilege", "sedebugprivilege", "--restrict", "RC", "--restrict", "S-1-1-0", "--flags", "WRITE_RESTRICTED|SANDBOX_INERT");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("NtFilterToken(admin, Flags=SANDBOX_INERT|WRITE_RESTRICTED) = STATUS_SUCCESS", output, StringComparison.Ordinal);
        Assert.Contains("TOKEN admin (restricted)", output, StringComparison.Ordinal);
        Assert.Contains("S-1-5-32-544 BUILTIN\\Administrators 0x0000000F -> 0x00000019", output, StringComparison.Ordinal);
        Assert.Contains("S-1-1-0 Everyone 0x00000007 -> 0x00000011", output, StringComparison.Ordinal);
        Assert.Contains("Privileges deleted:\n    SeDebugPrivilege", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Restricting SIDs now:\n    S-1-5-12 NT AUTHORITY\\RESTRICTED\n    S-1-1-0 Everyone", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Flags added: TOKEN_WRITE_RESTRICTED|TOKEN_IS_RESTRICTED|TOKEN_SANDBOX_INERT|TOKEN_IS_FILTERED", output, StringComparison.Ordinal);
        Assert.Contains("Owner: S-1-5-32-544 BUILTIN\\Administrators -> S-1-5-21-1-2-3-1002 admin", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Restrict_with_disable_max_privilege_keeps_only_SeChangeNotify()
    {
        var (code, output, _) = Run("token", "restrict", "system", "--flags", "DISABLE_MAX_PRIVILEGE");
        Assert.Equal(0, code);
        Assert.Contains("PRIVILEGES (1)", output, StringComparison.Ordinal);
        Assert.Contains("SeTcbPrivilege", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Restrict_lists_sids_that_were_ignored()
    {
        // CRT-07: a well-formed SID the token lacks is ignored, not an error.
        var (code, output, _) = Run("token", "restrict", "user", "--disable", "S-1-5-32-544", "--delete-privilege", "SeBackupPrivilege");
        Assert.Equal(0, code);
        Assert.Contains("Ignored --disable (not in the token):\n    S-1-5-32-544 BUILTIN\\Administrators", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Ignored --delete-privilege (not held):\n    SeBackupPrivilege", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--disable", "S-1-x", "--disable 'S-1-x'")]
    [InlineData("--restrict", "Nobody Special", "--restrict 'Nobody Special'")]
    [InlineData("--delete-privilege", "SeFlyPrivilege", "--delete-privilege 'SeFlyPrivilege'")]
    [InlineData("--flags", "DISABLE_MAX", "--flags 'DISABLE_MAX'")]
    public void Restrict_with_a_bad_argument_is_bad_input_naming_it(string option, string value, string expected)
    {
        var (code, output, error) = Run("token", "restrict", "user", option, value);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Restrict_of_an_unknown_preset_is_bad_input()
    {
        var (code, _, error) = Run("token", "restrict", "root");
        Assert.Equal(2, code);
        Assert.Contains("'root'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Restrict_with_lua_token_reports_not_implemented()
    {
        var (code, output, _) = Run("token", "restrict", "admin", "--flags", "LUA_TOKEN");
        Assert.Equal(1, code);
        Assert.Contains("STATUS_NOT_IMPLEMENTED", output, StringComparison.Ordinal);
    }
}
