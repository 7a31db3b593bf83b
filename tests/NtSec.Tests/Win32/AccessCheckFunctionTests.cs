using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Authorization;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;
using NtSec.Win32;
using static NtSec.Tests.Win32.Win32Fixture;

namespace NtSec.Tests.Win32;

/// <summary>AccessCheck and friends, in the setup of wine.md 1.6 (test_AccessCheck): the registry key mapping.</summary>
public class AccessCheckFunctionTests
{
    private const uint KeyQueryValue = 0x0001;
    private const uint KeySetValue = 0x0002;
    private const uint KeyRead = 0x0002_0019;
    private const uint KeyWrite = 0x0002_0006;
    private const uint KeyAllAccess = 0x000F_003F;

    private static readonly GenericMapping Key = GenericMapping.Key;

    private static SecurityDescriptor Sd(string sddl) => SecurityDescriptor.ParseSddl(sddl);

    private static (StrongBox<PrivilegeSet> Set, StrongBox<uint> Length) Buffer(uint length = 8 + (12 * 16)) =>
        (new StrongBox<PrivilegeSet>(PrivilegeSet.Empty), new StrongBox<uint>(length));

    private static bool Check(KernelCall call, SecurityDescriptor? sd, NtHandle token, uint desired, ref uint granted, ref bool status,
        StrongBox<PrivilegeSet>? set = null, StrongBox<uint>? length = null, bool useDefaults = true)
    {
        if (useDefaults)
        {
            var buffer = Buffer();
            set ??= buffer.Set;
            length ??= buffer.Length;
        }

        return Advapi32Security.AccessCheck(call, sd, token, desired, Key, set, length, ref granted, ref status);
    }

    [Fact]
    public void A_descriptor_without_owner_and_group_is_ERROR_INVALID_SECURITY_DESCR_and_outputs_are_untouched()
    {
        // ACC-01 [W].
        var call = new Win32Fixture().AliceCall;
        var token = Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation);
        uint granted = 0xDEADBEEF;
        bool status = true;
        Assert.False(Check(call, Sd("D:"), token, KeyQueryValue, ref granted, ref status));
        Assert.Equal(Win32Error.ERROR_INVALID_SECURITY_DESCR, LastError(call));
        Assert.Equal(0xDEADBEEFu, granted);
        Assert.True(status);
    }

    [Fact]
    public void Generic_bits_are_ERROR_GENERIC_NOT_MAPPED()
    {
        // ACC-02 [W]: GENERIC_READ and 0xffffffff.
        var call = new Win32Fixture().AliceCall;
        var token = Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation);
        uint granted = 0xDEADBEEF;
        bool status = true;
        Assert.False(Check(call, Sd("O:BAG:BUD:"), token, AccessMask.GenericRead, ref granted, ref status));
        Assert.Equal(Win32Error.ERROR_GENERIC_NOT_MAPPED, LastError(call));
        Assert.False(Check(call, Sd("O:BAG:BUD:"), token, 0xFFFF_FFFF, ref granted, ref status));
        Assert.Equal(Win32Error.ERROR_GENERIC_NOT_MAPPED, LastError(call));
        Assert.Equal(0xDEADBEEFu, granted);
    }

    [Fact]
    public void NULL_privilege_set_pointers_are_ERROR_NOACCESS()
    {
        // ACC-03, ACC-05, ACC-14 [W]: NULL PrivilegeSet with a non-zero length, or a NULL length: ERROR_NOACCESS, before the generic check.
        var call = new Win32Fixture().AliceCall;
        var token = Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation);
        uint granted = 0xDEADBEEF;
        bool status = true;
        var length = new StrongBox<uint>(20);
        Assert.False(Check(call, Sd("O:BAG:BU"), token, AccessMask.GenericRead, ref granted, ref status, null, length, useDefaults: false));
        Assert.Equal(Win32Error.ERROR_NOACCESS, LastError(call));
        Assert.Equal(20u, length.Value);
        Assert.False(Check(call, Sd("O:BAG:BU"), token, KeyRead, ref granted, ref status, Buffer().Set, null, useDefaults: false));
        Assert.Equal(Win32Error.ERROR_NOACCESS, LastError(call));
        Assert.Equal(0xDEADBEEFu, granted);
    }

    [Fact]
    public void A_short_privilege_set_is_ERROR_INSUFFICIENT_BUFFER_with_length_20()
    {
        // ACC-13 [W] (NULL set, length 0), ACC-15 [W] (lengths 0, 1, 19).
        var call = new Win32Fixture().AliceCall;
        var token = Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation);
        uint granted = 0;
        bool status = false;
        var length = new StrongBox<uint>(0);
        Assert.False(Check(call, Sd("O:BAG:BU"), token, KeyRead, ref granted, ref status, null, length, useDefaults: false));
        Assert.Equal(Win32Error.ERROR_INSUFFICIENT_BUFFER, LastError(call));
        Assert.Equal(20u, length.Value);
        foreach (uint size in new uint[] { 0, 1, 19 })
        {
            var buffer = Buffer(size);
            Assert.False(Check(call, Sd("O:BAG:BU"), token, KeyRead, ref granted, ref status, buffer.Set, buffer.Length));
            Assert.Equal(Win32Error.ERROR_INSUFFICIENT_BUFFER, LastError(call));
            Assert.Equal(20u, buffer.Length.Value);
        }
    }

    [Fact]
    public void Granted_access_leaves_the_last_error_alone()
    {
        // ACC-04 [W] (no DACL: KEY_READ granted), ACC-09 [W] (NULL DACL, MAXIMUM_ALLOWED = KEY_ALL_ACCESS), ACC-18 (last error untouched).
        var call = new Win32Fixture().AliceCall;
        var token = Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation);
        uint granted = 0;
        bool status = false;
        Poison(call);
        Assert.True(Check(call, Sd("O:BAG:BU"), token, KeyRead, ref granted, ref status));
        Assert.True(status);
        Assert.Equal(KeyRead, granted);
        Assert.True(Check(call, Sd("O:BAG:BUD:NO_ACCESS_CONTROL"), token, AccessMask.MaximumAllowed, ref granted, ref status));
        Assert.Equal(KeyAllAccess, granted);
        Assert.Equal(Sentinel, call.Thread.LastError);
    }

    [Fact]
    public void Denied_access_is_TRUE_with_AccessStatus_FALSE_and_ERROR_ACCESS_DENIED()
    {
        // ACC-10 [W] (empty DACL), ACC-12 [W] (KEY_WRITE against [Allow Everyone KEY_READ, Deny Administrators KEY_SET_VALUE]).
        var call = new Win32Fixture().AliceCall;
        var token = Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation);
        uint granted = 0xDEADBEEF;
        bool status = true;
        Assert.True(Check(call, Sd("O:BAG:BUD:"), token, KeyRead, ref granted, ref status));
        Assert.False(status);
        Assert.Equal(0u, granted);
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        status = true;
        Assert.True(Check(call, Sd("O:BAG:BUD:(A;;KR;;;WD)(D;;0x2;;;BA)"), token, KeyWrite, ref granted, ref status));
        Assert.False(status);
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
    }

    [Fact]
    public void ACCESS_SYSTEM_SECURITY_without_the_privilege_is_ERROR_PRIVILEGE_NOT_HELD()
    {
        // ACC-17 [W]: TRUE, AccessStatus FALSE, ERROR_PRIVILEGE_NOT_HELD.
        var call = new Win32Fixture().AliceCall;
        var token = Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation);
        uint granted = 0xDEADBEEF;
        bool status = true;
        Assert.True(Check(call, Sd("O:BAG:BUD:(A;;KR;;;WD)(D;;0x2;;;BA)"), token, AccessMask.AccessSystemSecurity, ref granted, ref status));
        Assert.False(status);
        Assert.Equal(Win32Error.ERROR_PRIVILEGE_NOT_HELD, LastError(call));
    }

    [Fact]
    public void ACCESS_SYSTEM_SECURITY_with_the_privilege_reports_it_used()
    {
        // ACC-18 [W]: an administrator enables SeSecurityPrivilege on the impersonation token; granted, the privilege is reported,
        // the last error untouched.
        var call = new Win32Fixture().ElevatedCall;
        var token = Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation);
        Assert.True(Advapi32Tokens.AdjustTokenPrivileges(call, token, false,
            [new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeSecurityPrivilege), PrivilegeAttributes.SE_PRIVILEGE_ENABLED)], 0, null, null));
        Assert.Equal(Win32Error.ERROR_SUCCESS, LastError(call));
        var buffer = Buffer(20);
        uint granted = 0;
        bool status = false;
        Poison(call);
        Assert.True(Check(call, Sd("O:BAG:BUD:(A;;KR;;;WD)"), token, AccessMask.AccessSystemSecurity, ref granted, ref status, buffer.Set, buffer.Length));
        Assert.True(status);
        Assert.Equal(AccessMask.AccessSystemSecurity, granted);
        Assert.Equal(Sentinel, call.Thread.LastError);
        var used = Assert.Single(buffer.Set.Value!.Privileges);
        Assert.Equal(PrivilegeTable.ToLuid(WellKnownPrivilege.SeSecurityPrivilege), used.Luid);
    }

    [Fact]
    public void Token_type_and_level_errors()
    {
        // ACC-20 [W]: anonymous level ERROR_BAD_IMPERSONATION_LEVEL; ACC-21 [W]: primary ERROR_NO_IMPERSONATION_TOKEN;
        // ACC-22 [W]: identification is enough; a token handle without TOKEN_QUERY ERROR_ACCESS_DENIED.
        var call = new Win32Fixture().AliceCall;
        uint granted = 0;
        bool status = false;
        Assert.False(Check(call, Sd("O:BAG:BUD:"), Impersonation(call, SecurityImpersonationLevel.SecurityAnonymous), AccessMask.MaximumAllowed,
            ref granted, ref status));
        Assert.Equal(Win32Error.ERROR_BAD_IMPERSONATION_LEVEL, LastError(call));
        Assert.False(Check(call, Sd("O:BAG:BUD:"), ProcessToken(call), KeyRead, ref granted, ref status));
        Assert.Equal(Win32Error.ERROR_NO_IMPERSONATION_TOKEN, LastError(call));
        Assert.True(Check(call, Sd("O:BAG:BU"), Impersonation(call, SecurityImpersonationLevel.SecurityIdentification), KeyRead,
            ref granted, ref status));
        Assert.True(status);
        Assert.False(Check(call, Sd("O:BAG:BU"), Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation, TokenImpersonate),
            KeyRead, ref granted, ref status));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
    }

    [Fact]
    public void AccessCheckByType_without_a_list_is_a_plain_check_and_a_bad_list_is_ERROR_INVALID_PARAMETER()
    {
        // ACT-11 [R]: no list = plain check; ACT-10 [R]: a list whose first entry is not level 0 is STATUS_INVALID_PARAMETER.
        var call = new Win32Fixture().AliceCall;
        var token = Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation);
        var buffer = Buffer();
        uint granted = 0;
        bool status = false;
        Assert.True(Advapi32Security.AccessCheckByType(call, Sd("O:BAG:BU"), null, token, KeyRead, null, Key, buffer.Set, buffer.Length,
            ref granted, ref status));
        Assert.True(status);
        Assert.Equal(KeyRead, granted);
        Assert.False(Advapi32Security.AccessCheckByType(call, Sd("O:BAG:BU"), null, token, KeyRead, [new ObjectTypeEntry(1, Guid.NewGuid())], Key,
            buffer.Set, buffer.Length, ref granted, ref status));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
    }

    [Fact]
    public void AccessCheckByTypeResultList_gives_Win32_error_codes_per_entry()
    {
        // AccessCheckByTypeResultList page; advapi32 converts each entry's NTSTATUS with RtlNtStatusToDosError (0 when granted).
        var call = new Win32Fixture().AliceCall;
        var token = Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation);
        var o = Guid.NewGuid();
        var c1 = Guid.NewGuid();
        var sd = Sd($"O:BAG:BUD:(OA;;0x1;{c1};;WD)");
        var buffer = Buffer();
        var granted = new uint[2];
        var statuses = new[] { (Win32Error)0xFFFF, (Win32Error)0xFFFF };
        Poison(call);
        Assert.True(Advapi32Security.AccessCheckByTypeResultList(call, sd, null, token, KeyQueryValue, [new(0, o), new(1, c1)], Key,
            buffer.Set, buffer.Length, granted, statuses));
        Assert.Equal(Win32Error.ERROR_SUCCESS, statuses[1]);
        Assert.Equal(KeyQueryValue, granted[1]);
        Assert.Equal(Win32Error.ERROR_SUCCESS, statuses[0]);
        Assert.Equal(Sentinel, call.Thread.LastError);
        Assert.True(Advapi32Security.AccessCheckByTypeResultList(call, sd, null, token, KeySetValue, [new(0, o), new(1, c1)], Key,
            buffer.Set, buffer.Length, granted, statuses));
        Assert.Equal([Win32Error.ERROR_ACCESS_DENIED, Win32Error.ERROR_ACCESS_DENIED], statuses);
        Assert.Equal(Sentinel, call.Thread.LastError);
        Assert.False(Advapi32Security.AccessCheckByTypeResultList(call, sd, null, token, KeyQueryValue, [], Key, buffer.Set, buffer.Length,
            granted, statuses));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
        Assert.False(Advapi32Security.AccessCheckByTypeResultList(call, sd, null, token, KeyQueryValue, [new(0, o)], Key, buffer.Set, buffer.Length,
            granted, null));
        Assert.Equal(Win32Error.ERROR_NOACCESS, LastError(call));
    }

    [Fact]
    public void PrivilegeCheck_level_rules_and_result()
    {
        // PRV-01 [W]: anonymous level ERROR_BAD_IMPERSONATION_LEVEL (result untouched); PRV-02 [W]: identification works;
        // PRV-03 [W]: a primary token is accepted; probe 33: the held privilege is marked SE_PRIVILEGE_USED_FOR_ACCESS.
        var call = new Win32Fixture().AliceCall;
        var changeNotify = new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeChangeNotifyPrivilege), PrivilegeAttributes.None);
        var set = new StrongBox<PrivilegeSet>(new PrivilegeSet(PrivilegeSet.PRIVILEGE_SET_ALL_NECESSARY, [changeNotify]));
        bool result = true;
        Assert.False(Advapi32Security.PrivilegeCheck(call, Impersonation(call, SecurityImpersonationLevel.SecurityAnonymous), set, ref result));
        Assert.Equal(Win32Error.ERROR_BAD_IMPERSONATION_LEVEL, LastError(call));
        Assert.True(result);
        result = false;
        Assert.True(Advapi32Security.PrivilegeCheck(call, Impersonation(call, SecurityImpersonationLevel.SecurityIdentification), set, ref result));
        Assert.True(result);
        Assert.Equal(PrivilegeAttributes.SE_PRIVILEGE_USED_FOR_ACCESS, set.Value!.Privileges[0].Attributes);
        var backup = new StrongBox<PrivilegeSet>(new PrivilegeSet(0,
            [new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeBackupPrivilege), PrivilegeAttributes.None)]));
        Assert.True(Advapi32Security.PrivilegeCheck(call, ProcessToken(call), backup, ref result));
        Assert.False(result);
        Assert.False(Advapi32Security.PrivilegeCheck(call, ProcessToken(call), null, ref result));
        Assert.Equal(Win32Error.ERROR_NOACCESS, LastError(call));
    }

    [Fact]
    public void CheckTokenMembership_with_an_impersonation_token_and_with_NULL()
    {
        // CTM-01 [W]: an enabled group is a member; CTM-02 [W]: NULL uses the caller's token; CTM-05 [?]: the user SID counts;
        // a group the token lacks is not a member.
        var f = new Win32Fixture();
        var call = f.AliceCall;
        var token = Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation);
        Poison(call);
        Assert.True(Advapi32Security.CheckTokenMembership(call, token, WellKnownSids.Users, out bool member));
        Assert.True(member);
        Assert.True(Advapi32Security.CheckTokenMembership(call, token, NtSec.Tokens.Presets.TokenPresets.AliceSid, out member));
        Assert.True(member);
        Assert.True(Advapi32Security.CheckTokenMembership(call, token, WellKnownSids.Administrators, out member));
        Assert.False(member);
        Assert.True(Advapi32Security.CheckTokenMembership(call, NtHandle.Null, WellKnownSids.Users, out member));
        Assert.True(member);
        Assert.Equal(Sentinel, call.Thread.LastError);
        Assert.Equal(0, call.Process.Handles.Count - 1); // only the impersonation token remains open: NULL's own handles were closed
    }

    [Fact]
    public void CheckTokenMembership_with_NULL_uses_the_thread_token()
    {
        // CTM-02 [W]: the effective token; while alice impersonates the anonymous logon, Users is not a member and the
        // anonymous user is, although the anonymous token is Untrusted (integrity does not decide membership).
        var call = new Win32Fixture().AliceCall;
        Assert.True(Advapi32Impersonation.ImpersonateAnonymousToken(call, NtHandle.CurrentThread));
        Assert.True(Advapi32Security.CheckTokenMembership(call, NtHandle.Null, WellKnownSids.Users, out bool member));
        Assert.False(member);
        Assert.True(Advapi32Security.CheckTokenMembership(call, NtHandle.Null, WellKnownSids.Anonymous, out member));
        Assert.True(member);
    }

    [Fact]
    public void CheckTokenMembership_of_a_primary_token_is_ERROR_NO_IMPERSONATION_TOKEN_and_clears_IsMember()
    {
        // CTM-03 [W].
        var call = new Win32Fixture().AliceCall;
        bool member = true;
        Assert.False(Advapi32Security.CheckTokenMembership(call, ProcessToken(call), WellKnownSids.Users, out member));
        Assert.False(member);
        Assert.Equal(Win32Error.ERROR_NO_IMPERSONATION_TOKEN, LastError(call));
    }

    [Fact]
    public void CheckTokenMembership_deny_only_and_restricting_sids()
    {
        // CRT-02 / CTM-04 [W]: a deny-only SID is not a member; CTM-06 [D]: a restricted token's member must also be restricting.
        var call = new Win32Fixture().AliceCall;
        var source = Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation, TokenDuplicate | TokenQuery);
        Assert.True(Advapi32Tokens.CreateRestrictedToken(call, source, FilterTokenFlags.None,
            [new SidAndAttributes(WellKnownSids.Local, GroupAttributes.None)], null, null, out var denyOnly));
        Assert.True(Advapi32Security.CheckTokenMembership(call, denyOnly, WellKnownSids.Local, out bool member));
        Assert.False(member);
        Assert.True(Advapi32Tokens.CreateRestrictedToken(call, source, FilterTokenFlags.None, null, null,
            [new SidAndAttributes(WellKnownSids.Users, GroupAttributes.None)], out var restricted));
        Assert.True(Advapi32Security.CheckTokenMembership(call, restricted, WellKnownSids.Users, out member));
        Assert.True(member);
        Assert.True(Advapi32Security.CheckTokenMembership(call, restricted, WellKnownSids.Everyone, out member));
        Assert.False(member);
    }

    [Fact]
    public void CheckTokenMembership_handle_errors()
    {
        // CheckTokenMembership page: an impersonation token with TOKEN_QUERY; a bad handle ERROR_INVALID_HANDLE; an
        // anonymous-level token ERROR_BAD_IMPERSONATION_LEVEL (as for AccessCheck, ACC-20).
        var call = new Win32Fixture().AliceCall;
        Assert.False(Advapi32Security.CheckTokenMembership(call, new NtHandle(0x3330), WellKnownSids.Users, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_HANDLE, LastError(call));
        Assert.False(Advapi32Security.CheckTokenMembership(call, Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation, TokenImpersonate),
            WellKnownSids.Users, out _));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        Assert.False(Advapi32Security.CheckTokenMembership(call, Impersonation(call, SecurityImpersonationLevel.SecurityAnonymous),
            WellKnownSids.Users, out _));
        Assert.Equal(Win32Error.ERROR_BAD_IMPERSONATION_LEVEL, LastError(call));
        Assert.False(Advapi32Security.CheckTokenMembership(call, NtHandle.Null, null, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
    }

    [Fact]
    public void MapGenericMask_replaces_generic_bits()
    {
        // MapGenericMask page / RtlMapGenericMask: GENERIC_READ|DELETE with the key mapping is KEY_READ|DELETE.
        var call = new Win32Fixture().AliceCall;
        uint mask = AccessMask.GenericRead | AccessMask.Delete;
        Advapi32Security.MapGenericMask(call, ref mask, Key);
        Assert.Equal(KeyRead | AccessMask.Delete, mask);
    }
}
