using NtSec.Cli.Scenarios;
using NtSec.Kernel;
using NtSec.Win32;

namespace NtSec.Tests.Scenarios;

/// <summary>Routines are found by reflection over NtSec.Kernel.Native, NtSec.Kernel.Impersonation and NtSec.Win32.</summary>
public class RoutineCatalogTests
{
    private static readonly RoutineCatalog WithStand = new(typeof(Machine).Assembly, typeof(ScenarioWin32Stand).Assembly);

    [Theory]
    [InlineData("NtOpenThreadToken", "native")]
    [InlineData("ZwOpenProcessTokenEx", "native")]
    [InlineData("NtFilterToken", "native")]
    [InlineData("NtAccessCheck", "native")]
    [InlineData("SeImpersonateClientEx", "native")]
    [InlineData("PsImpersonateClient", "native")]
    [InlineData("SeCaptureSubjectContext", "native")]
    public void Native_routines_are_found_by_their_documented_names(string name, string kind)
    {
        Assert.True(RoutineCatalog.Default.TryGet(name, out var routine));
        Assert.Equal(kind, routine.Kind);
    }

    [Fact]
    public void Names_are_case_sensitive_and_internal_helpers_are_not_routines()
    {
        Assert.False(RoutineCatalog.Default.TryGet("ntopenthreadtoken", out _));
        Assert.False(RoutineCatalog.Default.TryGet("Owner", out _)); // TokenInformationSetters is internal
        Assert.False(RoutineCatalog.Default.TryGet("ReferenceByHandle", out _)); // NtSec.Kernel is not searched
    }

    [Fact]
    public void Overloads_that_reflection_cannot_call_are_left_out()
    {
        // NtSetSecurityObject has a ReadOnlySpan<byte> overload (a by-ref-like type) and a SecurityDescriptor one.
        Assert.True(RoutineCatalog.Default.TryGet("NtSetSecurityObject", out var routine));
        var only = Assert.Single(routine.Overloads);
        Assert.Contains(only.Parameters, p => p.Name == "securityDescriptor" && p.Type == typeof(NtSec.AccessControl.SecurityDescriptor));
    }

    [Fact]
    public void Overloads_are_chosen_by_the_argument_names()
    {
        // NtSetInformationToken(TokenHandle, Class, Information) and (..., TokenInformationLength).
        var outcome = ScenarioRunner.RunText("""
            processes:
              - { name: app, account: alice }
            steps:
              - as: app
                call: NtOpenProcessToken
                args: { ProcessHandle: NtCurrentProcess, DesiredAccess: TOKEN_ADJUST_DEFAULT|TOKEN_QUERY }
                out: { TokenHandle: tok }
              - as: app
                call: NtSetInformationToken
                args: { TokenHandle: tok, TokenInformationClass: TokenOwner, TokenInformation: { Owner: S-1-5-21-1-2-3-1001 } }
                expect: { status: STATUS_SUCCESS }
              - as: app
                call: NtSetInformationToken
                args: { TokenHandle: tok, TokenInformationClass: TokenOwner, TokenInformation: { $type: TokenOwnerInformation, Owner: BA }, TokenInformationLength: 2 }
                expect: { status: STATUS_INFO_LENGTH_MISMATCH }
            """, "overloads.yaml");
        Assert.Null(outcome.Error);
        Assert.Equal(4, outcome.Steps[1].Step.Signature.Parameters.Length);
        Assert.Equal(5, outcome.Steps[2].Step.Signature.Parameters.Length);
        Assert.All(outcome.Steps.Skip(1), s => Assert.True(s.Passed, ScenarioReport.StepLine(s)));
    }

    [Fact]
    public void Win32_functions_report_result_and_last_error()
    {
        var outcome = ScenarioRunner.RunText("""
            processes:
              - { name: app, account: alice }
            steps:
              - as: app
                call: OpenProcessTokenStand
                args: { ProcessHandle: GetCurrentProcess, DesiredAccess: 0 }
                expect: { result: false, lastError: ERROR_ACCESS_DENIED, TokenHandle: null }
              - as: app
                call: OpenProcessTokenStand
                args: { ProcessHandle: GetCurrentProcess, DesiredAccess: TOKEN_QUERY }
                out: { TokenHandle: tok }
                expect: { result: true, lastError: 5 }
              - as: app
                call: OpenProcessTokenStand
                args: { ProcessHandle: GetCurrentThread, DesiredAccess: TOKEN_QUERY }
                expect: { result: false, lastError: ERROR_ACCESS_DENIED }
            """, "win32.yaml", WithStand);
        Assert.Null(outcome.Error);
        Assert.Equal("win32", outcome.Steps[0].Step.Routine.Kind);
        Assert.True(outcome.Steps[0].Passed, ScenarioReport.StepLine(outcome.Steps[0]));
        Assert.True(outcome.Steps[1].Passed, ScenarioReport.StepLine(outcome.Steps[1]));
        Assert.Contains("-> true; TokenHandle: 0x4 -> $tok; LastError: ERROR_ACCESS_DENIED", ScenarioReport.StepLine(outcome.Steps[1]), StringComparison.Ordinal);
        // A wrong expectation: STATUS_OBJECT_TYPE_MISMATCH maps to ERROR_INVALID_HANDLE (RtlNtStatusToDosError).
        Assert.False(outcome.Steps[2].Passed);
        Assert.Contains("lastError: expected ERROR_ACCESS_DENIED, actual ERROR_INVALID_HANDLE", ScenarioReport.StepLine(outcome.Steps[2]), StringComparison.Ordinal);
    }

    [Fact]
    public void Status_is_refused_for_a_win32_function()
    {
        var outcome = ScenarioRunner.RunText("""
            steps:
              - as: System
                call: OpenProcessTokenStand
                args: { ProcessHandle: GetCurrentProcess, DesiredAccess: TOKEN_QUERY }
                expect: { status: STATUS_SUCCESS }
            """, "win32.yaml", WithStand);
        Assert.NotNull(outcome.Error);
        Assert.Equal((5L, 15L), (outcome.Error.Mark.Line, outcome.Error.Mark.Column));
        Assert.Contains("does not return an NTSTATUS (it returns Boolean): expect 'result' and 'lastError'", outcome.Error.Message, StringComparison.Ordinal);
    }
}
