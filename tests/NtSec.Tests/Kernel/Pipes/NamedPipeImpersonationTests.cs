using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Kernel.Pipes;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Presets;
using NtSec.Win32;

namespace NtSec.Tests.Kernel.Pipes;

/// <summary>
/// Named-pipe impersonation through the Win32 functions: research/wine.md IMP-13..IMP-19 as far as modelled, the
/// ImpersonateNamedPipeClient and CreateFile pages, and the "potato" sequence over a pipe (users.md 4.13).
/// </summary>
public class NamedPipeImpersonationTests
{
    private const string PipeName = "\\\\.\\pipe\\ntsec-test";
    private const uint GenericRead = 0x8000_0000, GenericWrite = 0x4000_0000, TokenQuery = 0x8, TokenAdjustPrivileges = 0x20;
    private const uint Duplex = Kernel32NamedPipes.PipeAccessDuplex;
    private const uint MessagePipe = Kernel32NamedPipes.PipeTypeMessage | Kernel32NamedPipes.PipeReadModeMessage;
    private const uint SqosImpersonation = Kernel32Files.SecuritySqosPresent | Kernel32Files.SecurityImpersonation;

    private static KernelCall MainOf(ProcessObject process) => new(process.FindThread("main")!);

    private static NtHandle CreateServer(KernelCall server)
    {
        var handle = Kernel32NamedPipes.CreateNamedPipeW(server, PipeName, Duplex, MessagePipe, 1, 4096, 4096, 0, null);
        Assert.NotEqual(Kernel32Files.InvalidHandleValue, handle);
        return handle;
    }

    private static NtHandle Connect(KernelCall client, uint flags)
    {
        var handle = Kernel32Files.CreateFileW(client, PipeName, GenericRead | GenericWrite, 0, null, 3, flags);
        Assert.NotEqual(Kernel32Files.InvalidHandleValue, handle);
        return handle;
    }

    private static void Exchange(KernelCall client, NtHandle clientEnd, KernelCall server, NtHandle serverEnd)
    {
        Assert.True(Kernel32Files.WriteFile(client, clientEnd, [1, 2, 3], 3, out uint written));
        Assert.Equal(3u, written);
        var buffer = new byte[16];
        Assert.True(Kernel32Files.ReadFile(server, serverEnd, buffer, 16, out uint read));
        Assert.Equal(3u, read);
    }

    private static ProcessObject NetworkServiceWithoutImpersonatePrivilege(Machine machine)
    {
        var b = TokenPresets.NetworkService.ToBuilder();
        b.Privileges = [.. b.Privileges.Where(p => p.Luid != PrivilegeTable.ToLuid(WellKnownPrivilege.SeImpersonatePrivilege))];
        return machine.CreateProcess("StrippedNetworkService", b.Build(), sessionId: 0);
    }

    private static void DisableAllPrivileges(KernelCall call)
    {
        Assert.True(Advapi32Tokens.OpenProcessToken(call, NtHandle.CurrentProcess, TokenAdjustPrivileges, out var token));
        Assert.True(Advapi32Tokens.AdjustTokenPrivileges(call, token, true, null, 0, null, null));
    }

    private static void EnableChangeNotify(KernelCall call)
    {
        Assert.True(Advapi32Tokens.OpenProcessToken(call, NtHandle.CurrentProcess, TokenAdjustPrivileges, out var token));
        Assert.True(Advapi32Tokens.AdjustTokenPrivileges(call, token, false,
            [new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeChangeNotifyPrivilege), PrivilegeAttributes.SE_PRIVILEGE_ENABLED)], 0, null, null));
    }

    private static bool AnyEnabled(TokenState token) => token.Privileges.Any(p => (p.Attributes & PrivilegeAttributes.SE_PRIVILEGE_ENABLED) != 0);

    [Fact]
    public void Impersonating_before_the_client_has_written_fails_with_ERROR_CANNOT_IMPERSONATE()
    {
        // IMP-13 (pipe.c test_ImpersonateNamedPipeClient, [W]): FALSE, ERROR_CANNOT_IMPERSONATE; ConnectNamedPipe page:
        // a client that connected before the call gives FALSE with ERROR_PIPE_CONNECTED.
        var machine = StandardMachine.Create();
        var server = MainOf(machine.FindProcess("NetworkServiceHost")!);
        var client = MainOf(machine.SystemProcess);
        var serverEnd = CreateServer(server);
        Connect(client, 0);
        Assert.False(Kernel32NamedPipes.ConnectNamedPipe(server, serverEnd));
        Assert.Equal((uint)Win32Error.ERROR_PIPE_CONNECTED, server.Thread.LastError);

        Assert.False(Advapi32NamedPipes.ImpersonateNamedPipeClient(server, serverEnd));
        Assert.Equal((uint)Win32Error.ERROR_CANNOT_IMPERSONATE, server.Thread.LastError);
        Assert.Null(server.Thread.Impersonation);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(SqosImpersonation)]
    public void After_the_first_message_the_server_impersonates_the_client_at_SecurityImpersonation(uint flags)
    {
        // IMP-14 ([W]): TRUE, a SecurityImpersonation thread token, for CreateFile flags 0 and SQOS_PRESENT|SECURITY_IMPERSONATION.
        // Server and client are the same user, as in pipe.c.
        var machine = StandardMachine.Create();
        var server = MainOf(StandardMachine.CreateProcess(machine, "alice-server", "alice"));
        var client = MainOf(StandardMachine.CreateProcess(machine, "alice-client", "alice"));
        var serverEnd = CreateServer(server);
        var clientEnd = Connect(client, flags);
        Exchange(client, clientEnd, server, serverEnd);

        Assert.True(Advapi32NamedPipes.ImpersonateNamedPipeClient(server, serverEnd));
        var state = server.Thread.Impersonation!;
        Assert.Equal(SecurityImpersonationLevel.SecurityImpersonation, state.Level);
        Assert.Equal(client.Process.PrimaryToken.State.User.Sid, state.Token.State.User.Sid);
        Assert.True(Advapi32Impersonation.RevertToSelf(server));
        Assert.Null(server.Thread.Impersonation);
    }

    [Fact]
    public void Without_a_QoS_the_client_context_is_dynamic_and_effective_only()
    {
        // IMP-15/16 (pipe.c test_no_sqos_no_token): the default QoS is effective-only (IMP-15) and dynamic (IMP-16: the
        // client re-enables a privilege and writes again; the server's next impersonation sees it enabled).
        var machine = StandardMachine.Create();
        var server = MainOf(StandardMachine.CreateProcess(machine, "alice-server", "alice"));
        var client = MainOf(StandardMachine.CreateProcess(machine, "alice-client", "alice"));
        DisableAllPrivileges(client);
        var serverEnd = CreateServer(server);
        var clientEnd = Connect(client, 0);
        Exchange(client, clientEnd, server, serverEnd);

        Assert.True(Advapi32NamedPipes.ImpersonateNamedPipeClient(server, serverEnd));
        var first = server.Thread.Impersonation!;
        Assert.True(first.EffectiveOnly);
        Assert.Same(client.Process.PrimaryToken, first.Token); // dynamic: the client's own token object
        Assert.False(AnyEnabled(first.Token.State));
        // IMP-15 itself: the token the server opens is an effective-only copy with no privileges left
        // (its disabled privileges were removed by the copy-on-open duplicate).
        Assert.True(Advapi32Tokens.OpenThreadToken(server, NtHandle.CurrentThread, 0x8, true, out var opened));
        Assert.True(Advapi32Tokens.GetTokenInformation(server, opened, NtSec.Kernel.Native.TokenInformationClass.TokenStatistics,
            out var statistics, 56, out _));
        Assert.Equal(0u, ((NtSec.Kernel.Native.TokenStatisticsInformation)statistics!).PrivilegeCount);
        Assert.True(Advapi32Impersonation.RevertToSelf(server));

        EnableChangeNotify(client);
        Exchange(client, clientEnd, server, serverEnd);
        Assert.True(Advapi32NamedPipes.ImpersonateNamedPipeClient(server, serverEnd));
        Assert.True(AnyEnabled(server.Thread.Impersonation!.Token.State));
    }

    [Theory]
    [InlineData(SqosImpersonation, false)] // IMP-18: static, not modified
    [InlineData(SqosImpersonation | Kernel32Files.SecurityContextTracking, true)] // IMP-19: dynamic, modified
    public void Static_tracking_keeps_the_first_snapshot_and_dynamic_tracking_follows_the_client(uint flags, bool followsClient)
    {
        // IMP-18 (pipe.c test_static_context, [W]) and IMP-19 (test_dynamic_context): after the first exchange the client
        // disables all its privileges and writes again. (The Wine tests make the client impersonate its own duplicate; here
        // the client uses its process token, which the context treats the same way.)
        var machine = StandardMachine.Create();
        var server = MainOf(StandardMachine.CreateProcess(machine, "alice-server", "alice"));
        var client = MainOf(StandardMachine.CreateProcess(machine, "alice-client", "alice"));
        var serverEnd = CreateServer(server);
        var clientEnd = Connect(client, flags);
        Exchange(client, clientEnd, server, serverEnd);
        Assert.True(Advapi32NamedPipes.ImpersonateNamedPipeClient(server, serverEnd));
        Assert.True(AnyEnabled(server.Thread.Impersonation!.Token.State));
        Assert.True(Advapi32Impersonation.RevertToSelf(server));

        DisableAllPrivileges(client);
        Exchange(client, clientEnd, server, serverEnd);
        Assert.True(Advapi32NamedPipes.ImpersonateNamedPipeClient(server, serverEnd));
        Assert.Equal(followsClient, !AnyEnabled(server.Thread.Impersonation!.Token.State));
    }

    [Fact]
    public void A_client_limiting_its_QoS_to_identification_gives_the_server_identification()
    {
        // CreateFile page: SECURITY_SQOS_PRESENT|SECURITY_IDENTIFICATION; "Impersonation Levels" page.
        var machine = StandardMachine.Create();
        var server = MainOf(machine.FindProcess("NetworkServiceHost")!);
        var client = MainOf(machine.SystemProcess);
        var serverEnd = CreateServer(server);
        var clientEnd = Connect(client, Kernel32Files.SecuritySqosPresent | Kernel32Files.SecurityIdentification);
        Exchange(client, clientEnd, server, serverEnd);
        Assert.True(Advapi32NamedPipes.ImpersonateNamedPipeClient(server, serverEnd));
        Assert.Equal(SecurityImpersonationLevel.SecurityIdentification, server.Thread.Impersonation!.Level);
    }

    [Fact]
    public void Potato_a_NetworkService_pipe_server_fully_impersonates_a_SYSTEM_client()
    {
        // users.md 4.13; ImpersonateNamedPipeClient page: SeImpersonatePrivilege allows the requested impersonation.
        var machine = StandardMachine.Create();
        var server = MainOf(machine.FindProcess("NetworkServiceHost")!);
        var client = MainOf(machine.SystemProcess);
        var serverEnd = CreateServer(server);
        var clientEnd = Connect(client, 0);
        Exchange(client, clientEnd, server, serverEnd);

        Assert.True(Advapi32NamedPipes.ImpersonateNamedPipeClient(server, serverEnd));
        var state = server.Thread.Impersonation!;
        Assert.Equal(SecurityImpersonationLevel.SecurityImpersonation, state.Level);
        Assert.Equal(WellKnownSids.LocalSystem, state.Token.State.User.Sid);
        Assert.True(Advapi32Tokens.OpenThreadToken(server, NtHandle.CurrentThread, TokenQuery, false, out var token));
        Assert.False(token.IsNull);
    }

    [Fact]
    public void Potato_without_SeImpersonatePrivilege_ends_at_identification_and_opens_fail()
    {
        // ImpersonateNamedPipeClient page: otherwise "the impersonation succeeds at Identify level only"; users.md 4.3:
        // object opens then fail with ERROR_BAD_IMPERSONATION_LEVEL (1346); docs/impersonation.md gate 6.
        var machine = StandardMachine.Create();
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.ZwCreateEvent(MainOf(machine.SystemProcess), 0x1F0003, "\\BaseNamedObjects\\PipeTest",
            ObjectAttributeFlags.OBJ_KERNEL_HANDLE, null, EventType.NotificationEvent, false, out _));
        var server = MainOf(NetworkServiceWithoutImpersonatePrivilege(machine));
        var client = MainOf(machine.SystemProcess);
        var serverEnd = CreateServer(server);
        var clientEnd = Connect(client, 0);
        Exchange(client, clientEnd, server, serverEnd);

        Assert.True(Advapi32NamedPipes.ImpersonateNamedPipeClient(server, serverEnd));
        var state = server.Thread.Impersonation!;
        Assert.Equal(SecurityImpersonationLevel.SecurityIdentification, state.Level);
        Assert.StartsWith("downgraded to", state.Note, StringComparison.Ordinal);

        Assert.False(Advapi32Tokens.OpenThreadToken(server, NtHandle.CurrentThread, TokenQuery, false, out _));
        Assert.Equal((uint)Win32Error.ERROR_BAD_IMPERSONATION_LEVEL, server.Thread.LastError);
        Assert.Equal(NtHandle.Null, Kernel32Events.OpenEventW(server, 0x00100000, false, "PipeTest"));
        Assert.Equal((uint)Win32Error.ERROR_BAD_IMPERSONATION_LEVEL, server.Thread.LastError);
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, TokenOpening.NtOpenThreadToken(server, NtHandle.CurrentThread, TokenQuery, false, out _));
    }

    [Fact]
    public void DisconnectNamedPipe_drops_the_client_context_and_breaks_the_client_end()
    {
        // DisconnectNamedPipe and ConnectNamedPipe pages: the client's end is broken; a new client needs a new listen.
        var machine = StandardMachine.Create();
        var server = MainOf(machine.FindProcess("NetworkServiceHost")!);
        var client = MainOf(machine.SystemProcess);
        var serverEnd = CreateServer(server);
        var clientEnd = Connect(client, 0);
        Exchange(client, clientEnd, server, serverEnd);
        Assert.True(Kernel32NamedPipes.GetNamedPipeClientProcessId(server, serverEnd, out uint pid));
        Assert.Equal((uint)Machine.SystemProcessId, pid);

        Assert.True(Kernel32NamedPipes.DisconnectNamedPipe(server, serverEnd));
        Assert.False(Advapi32NamedPipes.ImpersonateNamedPipeClient(server, serverEnd));
        Assert.Equal((uint)Win32Error.ERROR_CANNOT_IMPERSONATE, server.Thread.LastError);
        Assert.False(Kernel32Files.WriteFile(client, clientEnd, [1], 1, out _));
        Assert.Equal((uint)Win32Error.ERROR_PIPE_NOT_CONNECTED, client.Thread.LastError);

        Assert.Equal(Kernel32Files.InvalidHandleValue, Kernel32Files.CreateFileW(client, PipeName, GenericRead | GenericWrite, 0, null, 3, 0));
        Assert.Equal((uint)Win32Error.ERROR_PIPE_BUSY, client.Thread.LastError);
        Assert.True(Kernel32NamedPipes.ConnectNamedPipe(server, serverEnd));
        Connect(client, 0);
    }

    [Fact]
    public void Client_opens_are_checked_against_the_pipe_and_need_a_listening_instance()
    {
        // CreateFile page (ERROR_FILE_NOT_FOUND, ERROR_PIPE_BUSY); CreateNamedPipe page: the default descriptor gives
        // Everyone read access only, so another user's write open is ERROR_ACCESS_DENIED.
        var machine = StandardMachine.Create();
        var server = MainOf(machine.FindProcess("NetworkServiceHost")!);
        var alice = MainOf(StandardMachine.CreateProcess(machine, "alice-app", "alice"));
        Assert.Equal(Kernel32Files.InvalidHandleValue, Kernel32Files.CreateFileW(alice, PipeName, GenericRead, 0, null, 3, 0));
        Assert.Equal((uint)Win32Error.ERROR_FILE_NOT_FOUND, alice.Thread.LastError);

        CreateServer(server);
        Assert.Equal(Kernel32Files.InvalidHandleValue, Kernel32Files.CreateFileW(alice, PipeName, GenericRead | GenericWrite, 0, null, 3, 0));
        Assert.Equal((uint)Win32Error.ERROR_ACCESS_DENIED, alice.Thread.LastError);
        var readOnly = Kernel32Files.CreateFileW(alice, PipeName, GenericRead, 0, null, 3, 0);
        Assert.NotEqual(Kernel32Files.InvalidHandleValue, readOnly);
        Assert.False(Kernel32Files.WriteFile(alice, readOnly, [1], 1, out _));
        Assert.Equal((uint)Win32Error.ERROR_ACCESS_DENIED, alice.Thread.LastError);

        Assert.Equal(Kernel32Files.InvalidHandleValue, Kernel32Files.CreateFileW(MainOf(machine.SystemProcess), PipeName, GenericRead, 0, null, 3, 0));
        Assert.Equal((uint)Win32Error.ERROR_PIPE_BUSY, machine.SystemProcess.FindThread("main")!.LastError);
        Assert.Equal(Kernel32Files.InvalidHandleValue,
            Kernel32NamedPipes.CreateNamedPipeW(server, PipeName, Duplex, MessagePipe, 1, 0, 0, 0, null));
        Assert.Equal((uint)Win32Error.ERROR_PIPE_BUSY, server.Thread.LastError);
    }

    [Fact]
    public void Message_reads_report_ERROR_MORE_DATA_and_an_empty_pipe_ERROR_NO_DATA()
    {
        // ReadFile page (message read mode, ERROR_MORE_DATA). An empty pipe: the model does not block (ERROR_NO_DATA, the
        // PIPE_NOWAIT answer).
        var machine = StandardMachine.Create();
        var server = MainOf(machine.FindProcess("NetworkServiceHost")!);
        var client = MainOf(machine.SystemProcess);
        var serverEnd = CreateServer(server);
        var clientEnd = Connect(client, 0);
        var buffer = new byte[2];
        Assert.False(Kernel32Files.ReadFile(server, serverEnd, buffer, 2, out _));
        Assert.Equal((uint)Win32Error.ERROR_NO_DATA, server.Thread.LastError);

        Assert.True(Kernel32Files.WriteFile(client, clientEnd, [1, 2, 3], 3, out _));
        Assert.False(Kernel32Files.ReadFile(server, serverEnd, buffer, 2, out uint read));
        Assert.Equal((uint)Win32Error.ERROR_MORE_DATA, server.Thread.LastError);
        Assert.Equal(2u, read);
        Assert.True(Kernel32Files.ReadFile(server, serverEnd, buffer, 2, out read));
        Assert.Equal(1u, read);
        Assert.Equal(3, buffer[0]);
        Assert.True(Kernel32Files.ReadFile(client, clientEnd, buffer, 0, out _) || client.Thread.LastError == (uint)Win32Error.ERROR_NO_DATA);
    }

    [Fact]
    public void Only_the_server_end_impersonates_and_the_pipe_namespace_is_per_machine()
    {
        // ImpersonateNamedPipeClient page: "Only the server end of the pipe can call this function".
        var machine = StandardMachine.Create();
        var server = MainOf(machine.FindProcess("NetworkServiceHost")!);
        var client = MainOf(machine.SystemProcess);
        CreateServer(server);
        var clientEnd = Connect(client, 0);
        Assert.False(Advapi32NamedPipes.ImpersonateNamedPipeClient(client, clientEnd));
        Assert.NotNull(NamedPipeFileSystem.FindPipe(machine, "\\Device\\NamedPipe\\NTSEC-TEST"));
        Assert.Null(NamedPipeFileSystem.FindPipe(StandardMachine.Create(), "\\Device\\NamedPipe\\ntsec-test"));
    }
}
