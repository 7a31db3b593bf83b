using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Kernel;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;
using NtSec.Tokens.Presets;

namespace NtSec.Tests.Kernel.ObjectRoutines;

/// <summary>
/// A standard machine with alice's process, the NetworkService host and System, plus the helpers the
/// object-routine tests share.
/// </summary>
internal sealed class ObjectRoutinesFixture
{
    public const uint EventQueryState = 0x1, EventModifyState = 0x2, EventAllAccess = 0x1F0003, Synchronize = 0x100000,
        ReadControl = 0x20000, WriteDac = 0x40000, WriteOwner = 0x80000, Delete = 0x10000, AccessSystemSecurity = 0x1000000,
        MaximumAllowed = 0x2000000, GenericRead = 0x80000000, GenericWrite = 0x40000000, GenericAll = 0x10000000,
        ProcessAllAccess = 0x1FFFFF, ProcessDupHandle = 0x40, ProcessTerminate = 0x1, ProcessVmRead = 0x10,
        ProcessQueryInformation = 0x400, ProcessQueryLimited = 0x1000, ThreadAllAccess = 0x1FFFFF, ThreadSetThreadToken = 0x80,
        ThreadQueryLimited = 0x800, TokenQuery = 0x8;

    public ObjectRoutinesFixture()
    {
        Machine = StandardMachine.Create();
        Alice = StandardMachine.CreateProcess(Machine, "alice-app", "alice");
        Service = Machine.FindProcess("NetworkServiceHost")!;
    }

    public Machine Machine { get; }

    public ProcessObject Alice { get; }

    public ProcessObject Service { get; }

    public KernelCall AliceCall => new(Alice.FindThread("main")!);

    public KernelCall ServiceCall => new(Service.FindThread("main")!);

    public KernelCall SystemCall => new(Machine.SystemProcess.FindThread("main")!);

    public static TokenState AliceToken => TokenPresets.User;

    /// <summary>A copy of <paramref name="token"/> with <paramref name="privilege"/> present and enabled.</summary>
    public static TokenState WithPrivilege(TokenState token, WellKnownPrivilege privilege)
    {
        var b = token.ToBuilder();
        var luid = PrivilegeTable.ToLuid(privilege);
        b.Privileges = [.. token.Privileges.Where(p => p.Luid != luid),
            new LuidAndAttributes(luid, PrivilegeAttributes.SE_PRIVILEGE_ENABLED)];
        return b.Build();
    }

    /// <summary>A copy of <paramref name="token"/> whose <paramref name="sids"/> are deny-only (CreateRestrictedToken SidsToDisable).</summary>
    public static TokenState DenyOnly(TokenState token, params Sid[] sids) =>
        TokenFilter.Filter(token, FilterTokenFlags.None, sids, null, null, new LuidAllocator()).Value!;

    /// <summary>Makes <paramref name="thread"/> impersonate an impersonation copy of <paramref name="token"/> at <paramref name="level"/>.</summary>
    public static void Impersonate(ThreadObject thread, TokenState token, SecurityImpersonationLevel level)
    {
        var copy = TokenDuplicator.Duplicate(token, TokenType.TokenImpersonation, level, false, new LuidAllocator());
        thread.Impersonation = new ImpersonationState(Machine.NewTokenObject(copy.Value!), level, CopyOnOpen: false, EffectiveOnly: false);
    }

    /// <summary>A handle in the caller's table to <paramref name="obj"/> with exactly <paramref name="access"/>.</summary>
    public static NtHandle HandleTo(KernelCall call, KernelObject obj, uint access)
    {
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectManager.CreateHandle(call, obj, access, ObjectAttributeFlags.None, out var handle));
        return handle;
    }

    /// <summary>The handle-table entry behind a handle of the caller's process.</summary>
    public static HandleEntry Entry(KernelCall call, NtHandle handle)
    {
        Assert.Equal(NtStatus.STATUS_SUCCESS, call.Process.Handles.Lookup(handle, out var entry));
        return entry!;
    }

    public static Ace Allow(Sid sid, uint mask, AceFlags flags = AceFlags.None) => Ace.Create(AceType.AccessAllowed, flags, mask, sid);

    public static Ace Deny(Sid sid, uint mask) => Ace.Create(AceType.AccessDenied, AceFlags.None, mask, sid);

    public static Ace Label(IntegrityLevel level, uint policy = 1) =>
        Ace.Create(AceType.SystemMandatoryLabel, AceFlags.None, policy, level.ToSid());

    /// <summary>A descriptor with only a DACL (owner and group come from the creator).</summary>
    public static SecurityDescriptor DaclOnly(params Ace[] aces) => new(SecurityDescriptorControl.None, null, null, new Acl(aces), null);

    /// <summary>An object of another type with a name, to collide with (a mutant, say).</summary>
    public sealed class NamedMutant(string name, SecurityDescriptor security)
        : KernelObject(ObjectTypeInfo.Get(ObjectTypeKind.Mutant), security, name);
}
