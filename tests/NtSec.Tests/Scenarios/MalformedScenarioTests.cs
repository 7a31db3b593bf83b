namespace NtSec.Tests.Scenarios;

/// <summary>
/// Malformed scenarios (CONTRACT.md: exit 2, "a message on stderr that names the position of the problem"):
/// every error names the file, line and column, and no exception or stack trace escapes.
/// </summary>
public class MalformedScenarioTests
{
    private const string Process = """
        processes:
          - name: app
            account: alice

        """;

    /// <summary>Runs <paramref name="yaml"/>; asserts exit 2 and an error where <paramref name="at"/> first occurs; returns the message.</summary>
    private static string Error(string yaml, string at)
    {
        int index = yaml.IndexOf(at, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{at}' is not in the scenario");
        int lineStart = index == 0 ? -1 : yaml.LastIndexOf('\n', index - 1);
        return Error(yaml, yaml[..index].Count(c => c == '\n') + 1, index - lineStart);
    }

    /// <summary>Runs <paramref name="yaml"/>; asserts exit 2 and an error at line:column; returns the message.</summary>
    private static string Error(string yaml, int line, int column)
    {
        var (exit, output, error, file) = ScenarioFiles.Run(yaml);
        Assert.True(exit == 2, $"exit {exit}\n{output}\n{error}");
        string prefix = $"{file}:{line}:{column}: error: ";
        Assert.True(error.StartsWith(prefix, StringComparison.Ordinal), $"want {line}:{column}, got: {error}");
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 0 failed", output.TrimEnd(), StringComparison.Ordinal);
        return error[prefix.Length..];
    }

    [Fact]
    public void Yaml_syntax_errors_give_the_parsers_position()
    {
        Assert.StartsWith("YAML: ", Error("steps:\n  - as: app\n    call: NtClose\n    args: { Handle: 4\n", 5, 1), StringComparison.Ordinal);
        Assert.StartsWith("YAML: ", Error("steps: [\n  a: b: c\n", 2, 7), StringComparison.Ordinal);
        Assert.StartsWith("YAML: ", Error("steps: []\n\tname: x\n", "\tname"), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_keys_are_an_error()
    {
        Assert.Contains("Duplicate key", Error("name: a\nname: b\nsteps: []\n", "name: b"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Unknown_call_names_suggest_the_closest_routines()
    {
        string e = Error(Process + """
            steps:
              - as: app
                call: NtOpenProcesToken
                args: { ProcessHandle: NtCurrentProcess, DesiredAccess: TOKEN_QUERY }
            """, "NtOpenProcesToken");
        Assert.StartsWith("unknown call 'NtOpenProcesToken'; did you mean NtOpenProcessToken", e, StringComparison.Ordinal);
    }

    [Fact]
    public void Call_names_are_case_sensitive()
    {
        Assert.Contains("did you mean NtClose", Error("steps:\n  - { as: System, call: ntclose, args: { Handle: 4 } }\n", "ntclose"), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_parameter_names_list_the_parameters()
    {
        string e = Error(Process + """
            steps:
              - as: app
                call: NtOpenProcessToken
                args: { ProcessHandl: NtCurrentProcess, DesiredAccess: TOKEN_QUERY }
            """, "ProcessHandl");
        Assert.Contains("no parameter 'ProcessHandl'; did you mean ProcessHandle?", e, StringComparison.Ordinal);
        Assert.Contains("NtOpenProcessToken(ProcessHandle, DesiredAccess, out TokenHandle)", e, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameter_names_match_case_insensitively()
    {
        var (exit, output, error, _) = ScenarioFiles.Run(Process + """
            steps:
              - as: app
                call: NtOpenProcessToken
                args: { processHandle: NtCurrentProcess, DESIREDACCESS: TOKEN_QUERY }
                expect: { status: STATUS_SUCCESS, tokenhandle: 4 }
            """);
        Assert.True(exit == 0, output + error);
    }

    [Fact]
    public void Missing_required_arguments_point_at_args()
    {
        string e = Error(Process + """
            steps:
              - as: app
                call: NtOpenProcessToken
                args: { DesiredAccess: TOKEN_QUERY }
            """, "{ DesiredAccess");
        Assert.StartsWith("NtOpenProcessToken: missing required argument 'ProcessHandle'", e, StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_belong_in_out_or_expect_not_args()
    {
        string e = Error(Process + """
            steps:
              - as: app
                call: NtOpenProcessToken
                args: { ProcessHandle: NtCurrentProcess, DesiredAccess: TOKEN_QUERY, TokenHandle: 4 }
            """, "TokenHandle: 4");
        Assert.StartsWith("TokenHandle is an output parameter", e, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_output_names_in_out_and_expect()
    {
        Assert.StartsWith("NtOpenProcessToken has no output parameter 'Handle'", Error(Process + """
            steps:
              - as: app
                call: NtOpenProcessToken
                args: { ProcessHandle: NtCurrentProcess, DesiredAccess: TOKEN_QUERY }
                out: { Handle: h }
            """, "Handle: h"), StringComparison.Ordinal);
        Assert.StartsWith("NtOpenProcessToken has no output parameter 'TokenHandel'; did you mean TokenHandle?", Error(Process + """
            steps:
              - as: app
                call: NtOpenProcessToken
                args: { ProcessHandle: NtCurrentProcess, DesiredAccess: TOKEN_QUERY }
                expect: { status: STATUS_SUCCESS, TokenHandel: null }
            """, "TokenHandel"), StringComparison.Ordinal);
        Assert.Contains("is not a variable name", Error(Process + """
            steps:
              - as: app
                call: NtOpenProcessToken
                args: { ProcessHandle: NtCurrentProcess, DesiredAccess: TOKEN_QUERY }
                out: { TokenHandle: "my token" }
            """, "\"my token\""), StringComparison.Ordinal);
    }

    [Fact]
    public void Status_and_result_only_where_the_routine_has_them()
    {
        Assert.StartsWith("PsRevertToSelf does not return an NTSTATUS", Error(Process + """
            steps:
              - as: app
                mode: kernel
                call: PsRevertToSelf
                expect: { status: STATUS_SUCCESS }
            """, "status:"), StringComparison.Ordinal);
        Assert.StartsWith("PsRevertToSelf returns nothing", Error(Process + """
            steps:
              - as: app
                call: PsRevertToSelf
                out: { result: r }
            """, "result"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_routine_taking_a_kernel_call_needs_as()
    {
        Assert.Contains("say which thread calls NtClose", Error("steps:\n  - call: NtClose\n    args: { Handle: 4 }\n", "call"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TOKEN_QUERYY", "unknown access right 'TOKEN_QUERYY'")]
    [InlineData("0x1FFFFFFFF", "does not fit in UInt32")]
    [InlineData("-1", "does not fit in UInt32")]
    [InlineData("TOKEN_QUERY|", "after '|'")]
    [InlineData("\"|TOKEN_QUERY\"", "before '|'")]
    public void Bad_masks_are_errors_at_the_value(string access, string message)
    {
        Assert.Contains(message, Error(Process + $$"""
            steps:
              - as: app
                call: NtOpenProcessToken
                args: { ProcessHandle: NtCurrentProcess, DesiredAccess: {{access}} }
            """, access), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ptok", "'ptok' is not a bound variable")]
    [InlineData("$ptok", "variable 'ptok' is not bound")]
    [InlineData("NtCurrentProces", "did you mean NtCurrentProcess")]
    [InlineData("[1, 2]", "expected a handle, found a list")]
    public void Bad_handles_are_errors_at_the_value(string handle, string message)
    {
        Assert.Contains(message, Error(Process + $$"""
            steps:
              - as: app
                call: NtOpenProcessToken
                args: { DesiredAccess: TOKEN_QUERY, ProcessHandle: {{handle}} }
            """, handle), StringComparison.Ordinal);
    }

    [Fact]
    public void A_variable_of_the_wrong_kind_is_an_error()
    {
        Assert.Contains("variable 'ctx' holds a ClientSecurityContext", Error(Process + """
            steps:
              - as: app
                mode: kernel
                call: SeCreateClientSecurity
                args: { ClientThread: app, ClientSecurityQos: { ImpersonationLevel: SecurityImpersonation }, RemoteSession: false }
                out: { ClientContext: ctx }
              - as: app
                call: NtClose
                args: { Handle: $ctx }
            """, "$ctx"), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_enums_sids_sddl_and_booleans_are_errors_at_the_value()
    {
        Assert.Contains("'TokenUsr' is not a TokenInformationClass name; did you mean TokenUser", Error(Process + """
            steps:
              - as: app
                call: NtQueryInformationToken
                args: { TokenHandle: NtCurrentProcessToken, TokenInformationClass: TokenUsr, TokenInformationLength: 100 }
            """, "TokenUsr"), StringComparison.Ordinal);
        Assert.Contains("expected true or false", Error(Process + """
            steps:
              - as: app
                call: NtOpenThreadToken
                args: { ThreadHandle: NtCurrentThread, DesiredAccess: TOKEN_QUERY, OpenAsSelf: maybe }
            """, "maybe"), StringComparison.Ordinal);
        Assert.Contains("SDDL", Error(Process + """
            steps:
              - as: app
                call: NtAccessCheck
                args: { SecurityDescriptor: "D:(A;;FA;;;XX", ClientToken: 4, DesiredAccess: 1, GenericMapping: file, PrivilegeSetLength: 20 }
            """, "\"D:(A"), StringComparison.Ordinal);
        Assert.Contains("not a SID", Error(Process + """
            steps:
              - as: app
                call: NtFilterToken
                args: { ExistingTokenHandle: 4, Flags: 0, RestrictedSids: [S-1-x] }
            """, "S-1-x"), StringComparison.Ordinal);
        Assert.Contains("not a privilege name", Error(Process + """
            steps:
              - as: app
                call: NtFilterToken
                args: { ExistingTokenHandle: 4, Flags: 0, PrivilegesToDelete: [SeDebugPrivelege] }
            """, "SeDebugPrivelege"), StringComparison.Ordinal);
        Assert.Contains("null is not a Boolean", Error(Process + """
            steps:
              - as: app
                call: NtOpenThreadToken
                args: { ThreadHandle: NtCurrentThread, DesiredAccess: TOKEN_QUERY, OpenAsSelf: null }
            """, "null }"), StringComparison.Ordinal);
    }

    [Fact]
    public void Structures_name_their_fields()
    {
        Assert.Contains("SecurityQualityOfService has no field 'Level'; did you mean ImpersonationLevel?", Error(Process + """
            steps:
              - as: app
                mode: kernel
                call: SeCreateClientSecurity
                args: { ClientThread: app, ClientSecurityQos: { Level: SecurityImpersonation }, RemoteSession: false }
            """, "Level:"), StringComparison.Ordinal);
        Assert.Contains("missing field 'ImpersonationLevel'", Error(Process + """
            steps:
              - as: app
                mode: kernel
                call: SeCreateClientSecurity
                args: { ClientThread: app, ClientSecurityQos: { EffectiveOnly: true }, RemoteSession: false }
            """, "{ EffectiveOnly"), StringComparison.Ordinal);
        Assert.Contains("no kind of TokenInformation has exactly these fields", Error(Process + """
            steps:
              - as: app
                call: NtSetInformationToken
                args: { TokenHandle: 4, TokenInformationClass: TokenOwner, TokenInformation: { Proprietor: BA } }
            """, "{ Proprietor"), StringComparison.Ordinal);
        Assert.Contains("'TokenOwnerInfo' is not a kind of TokenInformation; did you mean TokenOwnerInformation?", Error(Process + """
            steps:
              - as: app
                call: NtSetInformationToken
                args: { TokenHandle: 4, TokenInformationClass: TokenOwner, TokenInformation: { $type: TokenOwnerInfo, Owner: BA } }
            """, "TokenOwnerInfo"), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_processes_threads_and_accounts()
    {
        Assert.Contains("no process named 'ap'; did you mean app?", Error(Process + """
            steps:
              - as: ap
                call: NtClose
                args: { Handle: 4 }
            """, "ap\n"), StringComparison.Ordinal);
        Assert.Contains("process app has no thread 'worker' (threads: main)", Error(Process + """
            steps:
              - as: app/worker
                call: NtClose
                args: { Handle: 4 }
            """, "app/worker"), StringComparison.Ordinal);
        Assert.Contains("account 'bob' is not an account", Error("processes:\n  - name: app\n    account: bob\nsteps: []\n", "bob"), StringComparison.Ordinal);
        Assert.Contains("exists already", Error("processes:\n  - name: System\n    account: alice\nsteps: []\n", "name: System"), StringComparison.Ordinal);
        Assert.Contains("neither a process nor a bound variable", Error(Process + """
            steps:
              - as: app
                mode: kernel
                call: SeCreateClientSecurity
                args: { ClientThread: nobody, ClientSecurityQos: { ImpersonationLevel: SecurityImpersonation }, RemoteSession: false }
            """, "nobody"), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_in_every_section()
    {
        Assert.Contains("unknown key 'step'; did you mean steps?", Error("step: []\n", "step"), StringComparison.Ordinal);
        Assert.Contains("unknown key 'acount'", Error("processes:\n  - { name: a, acount: alice }\nsteps: []\n", "acount"), StringComparison.Ordinal);
        Assert.Contains("unknown key 'expected'", Error("steps:\n  - { as: System, call: NtClose, args: { Handle: 4 }, expected: {} }\n", "expected"), StringComparison.Ordinal);
        Assert.Contains("'kernal' is not 'user' or 'kernel'", Error("steps:\n  - { as: System, mode: kernal, call: NtClose, args: { Handle: 4 } }\n", "kernal"), StringComparison.Ordinal);
        Assert.Contains("'server' is not 'standard' or 'empty'", Error("machine: server\nsteps: []\n", "server"), StringComparison.Ordinal);
        Assert.Contains("the scenario has no 'steps'", Error("name: x\n", 1, 1), StringComparison.Ordinal);
        Assert.Contains("the file is empty", Error("", 1, 1), StringComparison.Ordinal);
        Assert.Contains("expected a mapping", Error("- a\n- b\n", 1, 1), StringComparison.Ordinal);
        Assert.Contains("one scenario per file", Error("steps: []\n---\nsteps: []\n", "steps: []\n", 3, 1), StringComparison.Ordinal);
    }

    private static string Error(string yaml, string _, int line, int column) => Error(yaml, line, column);

    [Fact]
    public void Objects_need_a_known_type_and_valid_sddl()
    {
        Assert.Contains("only Event objects", Error("objects:\n  - { name: \\BaseNamedObjects\\m, type: Mutant }\nsteps: []\n", "Mutant"), StringComparison.Ordinal);
        Assert.Contains("sddl:", Error("objects:\n  - { name: \\BaseNamedObjects\\e, type: Event, sddl: \"D:(Q;;;)\" }\nsteps: []\n", "\"D:(Q"), StringComparison.Ordinal);
        Assert.Contains("ZwCreateEvent answered STATUS_OBJECT_PATH_SYNTAX_BAD", Error("objects:\n  - { name: relative, type: Event }\nsteps: []\n", "{ name"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_json_error_points_at_the_token()
    {
        Assert.StartsWith("token: ", Error("processes:\n  - name: sandbox\n    token: { groups: [WD] }\nsteps: []\n", "{ groups"), StringComparison.Ordinal);
        Assert.Contains("is not a preset", Error("processes:\n  - name: sandbox\n    token: nobody\nsteps: []\n", "nobody"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_routine_refusing_its_arguments_is_reported_at_the_step()
    {
        // NtQueryInformationToken throws ArgumentOutOfRangeException for a negative length (programmer misuse in C#).
        string e = Error(Process + """
            steps:
              - as: app
                call: NtQueryInformationToken
                args: { TokenHandle: NtCurrentProcessToken, TokenInformationClass: TokenUser, TokenInformationLength: -1 }
            """, "as: app");
        Assert.StartsWith("step 1: NtQueryInformationToken refused its arguments: ArgumentOutOfRangeException", e, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_and_aliases_of_collections_are_refused_before_loading()
    {
        Assert.Contains("nested more than 64 deep", Error("steps: " + new string('[', 100_000) + new string(']', 100_000) + "\n", 1, 71),
            StringComparison.Ordinal);
        Assert.Contains("only scalars may be reused", Error("a: &x [1]\nsteps: *x\n", "*x"), StringComparison.Ordinal);
        Assert.Contains("does not exist", Error("steps:\n  - as: *nope\n", "*nope"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_bad_usage()
    {
        var (exit, _, error) = NtSec.Tests.Cli.CliRunner.Run("run", Path.Combine(Path.GetTempPath(), "no-such-scenario.yaml"));
        Assert.Equal(2, exit);
        Assert.Contains("no such file or directory", error, StringComparison.Ordinal);
        Assert.Equal(2, NtSec.Tests.Cli.CliRunner.Run("run").Exit);
    }

    [Fact]
    public void A_malformed_file_does_not_stop_the_others_and_decides_the_exit_code()
    {
        string dir = Path.Combine(Path.GetTempPath(), "ntsec-scenarios-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.yaml"), "steps:\n  - { as: System, call: NtClose, args: { Handle: NtCurrentProcess }, expect: { status: STATUS_SUCCESS } }\n");
            File.WriteAllText(Path.Combine(dir, "b.yml"), "steps:\n  - { as: System, call: NtNothing }\n");
            File.WriteAllText(Path.Combine(dir, "c.txt"), "not a scenario");
            var (exit, output, error) = NtSec.Tests.Cli.CliRunner.Run("run", dir);
            Assert.Equal(2, exit);
            Assert.Contains("b.yml:2:25: error: unknown call 'NtNothing'", error, StringComparison.Ordinal);
            Assert.Contains("PASS  1 System/main: NtClose", output, StringComparison.Ordinal);
            Assert.DoesNotContain("c.txt", output, StringComparison.Ordinal);
            Assert.EndsWith("1 passed, 0 failed", output.TrimEnd(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
