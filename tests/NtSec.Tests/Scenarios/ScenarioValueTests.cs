using NtSec.Cli.Scenarios;

namespace NtSec.Tests.Scenarios;

/// <summary>How scenario values become arguments (docs/scenarios.md "Values").</summary>
public class ScenarioValueTests
{
    private static ScenarioOutcome Run(string yaml)
    {
        var outcome = ScenarioRunner.RunText(yaml, "values.yaml");
        Assert.True(outcome.Error is null, outcome.Error?.Describe());
        Assert.All(outcome.Steps, s => Assert.True(s.Passed, ScenarioReport.StepLine(s)));
        return outcome;
    }

    [Fact]
    public void The_empty_machine_and_a_process_from_token_json()
    {
        var outcome = Run("""
            machine: empty
            processes:
              - name: sandbox
                token:
                  user: S-1-5-21-1-2-3-1001
                  groups: [WD, { sid: BU, attributes: [SE_GROUP_USE_FOR_DENY_ONLY] }]
                  restrictedSids: [RC]
                  integrityLevel: Low
                  sessionId: 2
                threads: [main, worker]
            steps:
              - as: sandbox/worker
                call: NtQueryInformationToken
                args: { TokenHandle: NtCurrentProcessToken, TokenInformationClass: TokenSessionId, TokenInformationLength: 4 }
                expect: { status: STATUS_SUCCESS, TokenInformation: { Value: 2 } }
              - as: sandbox
                call: NtQueryInformationToken
                args: { TokenHandle: NtCurrentProcessToken, TokenInformationClass: TokenGroups, TokenInformationLength: 1024 }
                expect: { TokenInformation: { Groups: [{ Sid: BU, Attributes: SE_GROUP_USE_FOR_DENY_ONLY }, S-1-16-4096] } }
              - as: sandbox
                call: NtQueryInformationToken
                args: { TokenHandle: NtCurrentProcessToken, TokenInformationClass: TokenRestrictedSids, TokenInformationLength: 1024 }
                expect: { TokenInformation: { Groups: [S-1-5-12] } }
            """);
        Assert.Equal(3, outcome.Passed);
        var missing = ScenarioRunner.RunText("machine: empty\nsteps:\n  - { as: NetworkServiceHost, call: NtClose, args: { Handle: 4 } }\n", "empty.yaml");
        Assert.Contains("no process named 'NetworkServiceHost'", missing.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Object_pointers_take_process_and_thread_names_and_variables()
    {
        Run("""
            processes:
              - { name: app, account: alice, threads: [worker] }
            steps:
              - as: app
                mode: kernel
                call: SeCaptureSubjectContextEx
                args: { Thread: app/worker, Process: app }
                out: { SubjectContext: subject }
              - call: SeQuerySubjectContextToken
                args: { SubjectContext: subject }
                expect: { result: app }
              - as: app
                mode: kernel
                call: PsReferenceImpersonationToken
                args: { Thread: app/worker }
                expect: { result: null, CopyOnOpen: false }
            """);
    }

    [Fact]
    public void Client_ids_take_process_and_thread_names()
    {
        Run("""
            processes:
              - { name: app, account: alice, threads: [worker] }
            steps:
              - as: app
                call: NtOpenThread
                args: { DesiredAccess: THREAD_QUERY_INFORMATION, Attributes: 0, ClientId: app/worker }
                expect: { status: STATUS_SUCCESS }
              - as: app
                call: NtOpenProcess
                args: { DesiredAccess: PROCESS_QUERY_LIMITED_INFORMATION, Attributes: 0, ClientId: app }
                expect: { status: STATUS_SUCCESS }
              - as: app
                call: NtOpenProcess
                args: { DesiredAccess: PROCESS_QUERY_LIMITED_INFORMATION, Attributes: 0, ClientId: { UniqueProcess: 0 } }
                expect: { status: STATUS_INVALID_CID }
              - as: app
                call: NtOpenProcess
                args: { DesiredAccess: PROCESS_QUERY_LIMITED_INFORMATION, Attributes: 0, ClientId: null }
                expect: { status: STATUS_INVALID_PARAMETER_MIX }
            """);
    }

    [Fact]
    public void Structures_may_be_written_as_their_first_field()
    {
        // LUID_AND_ATTRIBUTES by privilege name, SID_AND_ATTRIBUTES by SID; the other fields are 0.
        Run("""
            processes:
              - { name: admin, account: admin, elevated: true }
            steps:
              - as: admin
                call: NtOpenProcessToken
                args: { ProcessHandle: NtCurrentProcess, DesiredAccess: TOKEN_DUPLICATE|TOKEN_QUERY }
                out: { TokenHandle: tok }
              - as: admin
                call: NtFilterToken
                args: { ExistingTokenHandle: tok, Flags: 0, PrivilegesToDelete: [SeDebugPrivilege, SeBackupPrivilege], SidsToDisable: [BA] }
                out: { NewTokenHandle: filtered }
                expect: { status: STATUS_SUCCESS }
              - as: admin
                call: NtQueryInformationToken
                args: { TokenHandle: filtered, TokenInformationClass: TokenStatistics, TokenInformationLength: 56 }
                expect: { TokenInformation: { PrivilegeCount: 22 } }
              - as: admin
                call: NtQueryInformationToken
                args: { TokenHandle: filtered, TokenInformationClass: TokenGroups, TokenInformationLength: 1024 }
                expect: { TokenInformation: { Groups: [{ Sid: BA, Attributes: SE_GROUP_MANDATORY|SE_GROUP_OWNER|SE_GROUP_USE_FOR_DENY_ONLY }] } }
            """);
    }

    [Fact]
    public void Named_events_are_created_and_opened_by_name()
    {
        Run("""
            processes:
              - { name: app, account: alice }
            objects:
              - { name: \BaseNamedObjects\Ready, type: Event, sddl: "D:(A;;GA;;;WD)" }
            steps:
              - as: app
                call: NtOpenEvent
                args: { DesiredAccess: EVENT_MODIFY_STATE, ObjectName: \BaseNamedObjects\Ready, Attributes: 0 }
                out: { EventHandle: ready }
                expect: { status: STATUS_SUCCESS }
              - as: app
                call: NtSetEvent
                args: { EventHandle: ready }
                expect: { status: STATUS_SUCCESS, PreviousState: 0 }
              - as: app
                call: NtSetEvent
                args: { EventHandle: ready }
                expect: { status: STATUS_SUCCESS, PreviousState: 1 }
              - as: app
                call: NtOpenEvent
                args: { DesiredAccess: SYNCHRONIZE, ObjectName: \BaseNamedObjects\Missing, Attributes: 0 }
                expect: { status: STATUS_OBJECT_NAME_NOT_FOUND }
            """);
    }
}
