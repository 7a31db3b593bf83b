using System.Text.Json;

namespace NtSec.Tests.Scenarios;

/// <summary>`expect` (CONTRACT.md): status, result, lastError and output parameters; a wrong expectation fails with expected and actual.</summary>
public class ExpectationTests
{
    private const string Header = """
        processes:
          - name: app
            account: alice
        steps:
          - as: app
            call: NtOpenProcessToken
            args: { ProcessHandle: NtCurrentProcess, DesiredAccess: TOKEN_QUERY|TOKEN_DUPLICATE }
            out: { TokenHandle: tok }

        """;

    private static (int Exit, string Out, string Err) Run(string steps, params string[] extra)
    {
        var (exit, output, error, _) = ScenarioFiles.Run(Header + steps, extra);
        return (exit, output, error);
    }

    [Fact]
    public void A_wrong_status_fails_with_expected_and_actual_and_exit_1()
    {
        var (exit, output, error) = Run("""
              - as: app
                call: NtOpenThreadToken
                args: { ThreadHandle: NtCurrentThread, DesiredAccess: TOKEN_QUERY, OpenAsSelf: true }
                expect: { status: STATUS_SUCCESS }
            """);
        Assert.Equal(1, exit);
        Assert.Equal("", error);
        Assert.Contains("FAIL  2 app/main: NtOpenThreadToken(", output, StringComparison.Ordinal);
        Assert.Contains("status: expected STATUS_SUCCESS, actual STATUS_NO_TOKEN", output, StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 1 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Statuses_may_be_written_in_hex()
    {
        var (exit, output, _) = Run("""
              - as: app
                call: NtOpenThreadToken
                args: { ThreadHandle: NtCurrentThread, DesiredAccess: TOKEN_QUERY, OpenAsSelf: true }
                expect: { status: 0xC000007C }
            """);
        Assert.True(exit == 0, output);
    }

    [Fact]
    public void Output_structures_match_field_by_field_and_report_the_path()
    {
        var pass = Run("""
              - as: app
                call: NtQueryInformationToken
                args: { TokenHandle: tok, TokenInformationClass: TokenStatistics, TokenInformationLength: 56 }
                expect:
                  status: STATUS_SUCCESS
                  TokenInformation: { TokenType: TokenPrimary, AuthenticationId: 0x0-0x20011, GroupCount: 12 }
            """);
        Assert.True(pass.Exit == 0, pass.Out);
        var fail = Run("""
              - as: app
                call: NtQueryInformationToken
                args: { TokenHandle: tok, TokenInformationClass: TokenStatistics, TokenInformationLength: 56 }
                expect: { TokenInformation: { TokenType: TokenImpersonation } }
            """);
        Assert.Equal(1, fail.Exit);
        Assert.Contains("TokenInformation.TokenType: expected TokenImpersonation, actual TokenPrimary", fail.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_match_when_each_expected_entry_is_found()
    {
        // Order and other entries do not matter; a scalar against a structure compares its first field.
        var pass = Run("""
              - as: app
                call: NtQueryInformationToken
                args: { TokenHandle: tok, TokenInformationClass: TokenGroups, TokenInformationLength: 1024 }
                expect:
                  TokenInformation:
                    Groups: [S-1-5-4, WD, { Sid: BU, Attributes: SE_GROUP_MANDATORY|SE_GROUP_ENABLED_BY_DEFAULT|SE_GROUP_ENABLED }]
            """);
        Assert.True(pass.Exit == 0, pass.Out);
        var fail = Run("""
              - as: app
                call: NtQueryInformationToken
                args: { TokenHandle: tok, TokenInformationClass: TokenGroups, TokenInformationLength: 1024 }
                expect: { TokenInformation: { Groups: [WD, BA] } }
            """);
        Assert.Equal(1, fail.Exit);
        Assert.Contains("TokenInformation.Groups: expected an entry BA, actual [{Sid: S-1-5-21-1-2-3-513", fail.Out, StringComparison.Ordinal);
        var count = Run("""
              - as: app
                call: NtQueryInformationToken
                args: { TokenHandle: tok, TokenInformationClass: TokenPrivileges, TokenInformationLength: 1024 }
                expect: { TokenInformation: { Privileges: { Length: 5 } } }
            """);
        Assert.True(count.Exit == 0, count.Out);
    }

    [Fact]
    public void A_field_that_does_not_exist_is_malformed()
    {
        var (exit, _, error) = Run("""
              - as: app
                call: NtQueryInformationToken
                args: { TokenHandle: tok, TokenInformationClass: TokenUser, TokenInformationLength: 100 }
                expect: { TokenInformation: { Usr: S-1-5-18 } }
            """);
        Assert.Equal(2, exit);
        Assert.Contains("TokenInformation: TokenUserInformation has no field 'Usr'; did you mean User?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Handles_compare_with_variables_null_and_numbers()
    {
        var (exit, output, _) = Run("""
              - as: app
                call: NtOpenProcessToken
                args: { ProcessHandle: NtCurrentProcess, DesiredAccess: TOKEN_QUERY }
                out: { TokenHandle: second }
                expect: { TokenHandle: 0x8 }
              - as: app
                call: NtDuplicateObject
                args: { SourceProcessHandle: NtCurrentProcess, SourceHandle: second, TargetProcessHandle: null, DesiredAccess: 0, HandleAttributes: 0, Options: DUPLICATE_CLOSE_SOURCE }
                expect: { status: STATUS_SUCCESS, TargetHandle: null }
              - as: app
                call: NtOpenProcessToken
                args: { ProcessHandle: NtCurrentProcess, DesiredAccess: TOKEN_QUERY }
                expect: { TokenHandle: $second }
            """);
        Assert.True(exit == 0, output);
    }

    [Fact]
    public void Masks_compare_by_value_whatever_their_spelling()
    {
        var (exit, output, _) = Run("""
              - as: app
                call: NtAccessCheck
                args:
                  SecurityDescriptor: "O:BAG:BAD:(A;;FA;;;WD)"
                  ClientToken: tok
                  DesiredAccess: FILE_READ_DATA|SYNCHRONIZE
                  GenericMapping: file
                  PrivilegeSet: {}
                  PrivilegeSetLength: 20
                expect: { status: STATUS_NO_IMPERSONATION_TOKEN }
              - as: app
                call: NtDuplicateToken
                args: { ExistingTokenHandle: tok, DesiredAccess: TOKEN_QUERY, ObjectAttributes: { SecurityQualityOfService: { ImpersonationLevel: SecurityIdentification } }, EffectiveOnly: false, TokenType: TokenImpersonation }
                out: { NewTokenHandle: imp }
              - as: app
                call: NtAccessCheck
                args:
                  SecurityDescriptor: "O:BAG:BAD:(A;;FA;;;WD)"
                  ClientToken: imp
                  DesiredAccess: 0x100001
                  GenericMapping: { GenericRead: FILE_GENERIC_READ, GenericWrite: FILE_GENERIC_WRITE, GenericExecute: FILE_GENERIC_EXECUTE, GenericAll: FILE_ALL_ACCESS }
                  PrivilegeSet: {}
                  PrivilegeSetLength: 20
                expect: { status: STATUS_SUCCESS, AccessStatus: STATUS_SUCCESS, GrantedAccess: FILE_READ_DATA|SYNCHRONIZE, PrivilegeSet: { Privileges: { Length: 0 } }, PrivilegeSetLength: 20 }
              - as: app
                call: NtAccessCheck
                args:
                  SecurityDescriptor: "O:BAG:BAD:(A;;FA;;;WD)"
                  ClientToken: imp
                  DesiredAccess: FILE_READ_DATA
                  GenericMapping: file
                  PrivilegeSet: {}
                  PrivilegeSetLength: 19
                expect: { status: STATUS_BUFFER_TOO_SMALL, PrivilegeSetLength: 20, GrantedAccess: 0 }
            """);
        Assert.True(exit == 0, output);
        Assert.Contains("GrantedAccess: 0x00100001", output, StringComparison.Ordinal);
        Assert.Contains("GenericMapping: {GenericRead: 0x00120089, GenericWrite: 0x00120116, GenericExecute: 0x001200A0, GenericAll: 0x001F01FF}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Result_binds_and_compares_return_values()
    {
        var (exit, output, _) = Run("""
              - as: app
                mode: kernel
                call: PsReferencePrimaryToken
                args: { Process: app }
                out: { result: primary }
                expect: { result: app }
              - as: app
                mode: kernel
                call: PsImpersonateClient
                args: { Thread: app, Token: $primary, CopyOnOpen: false, EffectiveOnly: false, ImpersonationLevel: SecurityImpersonation }
                expect: { status: STATUS_SUCCESS }
              - as: app
                mode: kernel
                call: PsReferenceImpersonationToken
                args: { Thread: app }
                expect: { result: $primary, CopyOnOpen: false, ImpersonationLevel: SecurityImpersonation }
            """);
        Assert.True(exit == 0, output);
    }

    [Fact]
    public void The_json_report_lists_failures()
    {
        var (exit, output, _) = Run("""
              - as: app
                call: NtOpenThreadToken
                args: { ThreadHandle: NtCurrentThread, DesiredAccess: TOKEN_QUERY, OpenAsSelf: true }
                expect: { status: STATUS_SUCCESS, TokenHandle: null }
            """, "--json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement.GetProperty("failed").GetInt32());
        var step = doc.RootElement.GetProperty("files")[0].GetProperty("steps")[1];
        Assert.Equal("fail", step.GetProperty("verdict").GetString());
        var failure = step.GetProperty("failures")[0];
        Assert.Equal("status", failure.GetProperty("field").GetString());
        Assert.Equal("STATUS_SUCCESS", failure.GetProperty("expected").GetString());
        Assert.Equal("STATUS_NO_TOKEN", failure.GetProperty("actual").GetString());
        Assert.Equal(1, step.GetProperty("failures").GetArrayLength());
        Assert.Equal("tok", doc.RootElement.GetProperty("files")[0].GetProperty("steps")[0].GetProperty("outputs").GetProperty("TokenHandle").GetProperty("variable").GetString());
    }

    [Fact]
    public void Unchecked_steps_are_not_counted()
    {
        var (exit, output, _) = Run("");
        Assert.Equal(0, exit);
        Assert.Contains("  ----  1 app/main: NtOpenProcessToken", output, StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 0 failed", output.TrimEnd(), StringComparison.Ordinal);
    }
}
