using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Authorization;
using NtSec.Status;

namespace NtSec.Tests.Authorization;

/// <summary>NtAccessCheckByType over an object-type list: ACT-* cases of wine.md 1.7 (ReactOS apitests).</summary>
public class ObjectTypeAccessTests
{
    private const string O = "11111111-0000-0000-0000-000000000000";
    private const string C1 = "11111111-0000-0000-0000-000000000001";
    private const string C2 = "11111111-0000-0000-0000-000000000002";
    private const string C3 = "11111111-0000-0000-0000-000000000003";
    private const string C4 = "11111111-0000-0000-0000-000000000004";
    private const string C5 = "11111111-0000-0000-0000-000000000005";
    private const uint KeyRead = 0x20019, KeyWrite = 0x20006, KeyExecute = 0x20019, KeySetValue = 0x2, KeyQueryValue = 0x1,
        KeyEnumerateSubKeys = 0x8, KeyAll = 0xF003F;

    private static AccessCheckOptions List(params (int Level, string Guid)[] entries) => new()
    {
        ObjectTypes = [.. entries.Select(e => new ObjectTypeEntry(e.Level, Guid.Parse(e.Guid)))],
    };

    private static AccessCheckResult Check(string dacl, uint desired, AccessCheckOptions options) =>
        AccessChecker.Check(SecurityDescriptor.ParseSddl("O:BAG:BU" + dacl), TestTokens.Admin(), desired, GenericMapping.Key, options);

    [Fact]
    public void Malformed_lists_are_invalid_parameters()
    {
        // ACT-10: first entry not level 0; two level-0 roots; level 0xa; a jump from 0 to 2.
        foreach (var list in new[]
        {
            List((1, O)), List((0, O), (0, C1)), List((0, O), (0xa, C1)), List((0, O), (2, C1)),
        })
        {
            Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, Check("D:", KeyRead, list).Status);
        }
    }

    [Fact]
    public void No_dacl_with_a_list_grants()
    {
        // ACT-11: no DACL, list [O, C1]: KEY_READ; MAXIMUM_ALLOWED -> KEY_ALL_ACCESS.
        var list = List((0, O), (1, C1));
        Assert.Equal(KeyRead, Check("", KeyRead, list).GrantedAccess);
        Assert.Equal(KeyAll, Check("", AccessMask.MaximumAllowed, list).GrantedAccess);
    }

    [Fact]
    public void Object_allow_on_the_root_grants_the_object()
    {
        // ACT-13: [OA Everyone KEY_READ on O, OA Administrators KEY_READ|KEY_WRITE on O], list [O, C1].
        string dacl = $"D:(OA;;0x20019;{O};;WD)(OA;;0x2001f;{O};;BA)";
        var list = List((0, O), (1, C1));
        Assert.True(Check(dacl, KeyRead, list).IsGranted);
        Assert.True(Check(dacl, KeyWrite, list).IsGranted);
    }

    [Fact]
    public void Grants_on_children_add_up_to_the_parent()
    {
        // ACT-14: [OA Admins KEY_ALL_ACCESS on O, OA Everyone KEY_READ on C1, KEY_WRITE on C2, KEY_EXECUTE on C3,
        // KEY_SET_VALUE on C4, KEY_QUERY_VALUE on C5]; list [O 0, C1 1, C2 2, C3 2, C4 1, C5 2].
        string dacl = $"D:(OA;;0xf003f;{O};;BA)(OA;;0x20019;{C1};;WD)(OA;;0x20006;{C2};;WD)(OA;;0x20019;{C3};;WD)" +
            $"(OA;;0x2;{C4};;WD)(OA;;0x1;{C5};;WD)";
        var list = List((0, O), (1, C1), (2, C2), (2, C3), (1, C4), (2, C5));
        Assert.Equal(KeyAll, Check(dacl, AccessMask.MaximumAllowed, list).GrantedAccess);
        foreach (uint right in new[] { KeyRead, KeyWrite, KeyExecute, KeySetValue, KeyQueryValue })
        {
            Assert.Equal(right, Check(dacl, right, list).GrantedAccess);
        }
    }

    [Fact]
    public void A_deny_on_a_child_denies_the_object()
    {
        // ACT-15: [OD Admins KEY_QUERY_VALUE on O, OD Everyone KEY_WRITE on C1, OA Everyone KEY_ENUMERATE_SUB_KEYS on O].
        string dacl = $"D:(OD;;0x1;{O};;BA)(OD;;0x20006;{C1};;WD)(OA;;0x8;{O};;WD)";
        var list = List((0, O), (1, C1));
        var query = Check(dacl, KeyQueryValue, list);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, query.AccessStatus);
        Assert.Equal(0u, query.GrantedAccess);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Check(dacl, KeyWrite, list).AccessStatus);
        Assert.Equal(KeyEnumerateSubKeys, Check(dacl, KeyEnumerateSubKeys, list).GrantedAccess);
    }

    [Fact]
    public void Maximum_allowed_carries_a_childs_denial_to_the_object()
    {
        // A deny on C1 then a plain allow: the object as a whole cannot get the denied bits (the parent's
        // access is what all its children get; AuthZ's parent-list update, as NtAccessCheckByTypeResultList shows).
        string dacl = $"D:(OD;;0x2;{C1};;WD)(A;;0x20019;;;WD)(A;;0x2;;;WD)";
        var list = List((0, O), (1, C1));
        var r = Check(dacl, AccessMask.MaximumAllowed, list);
        Assert.Equal(KeyRead | AccessMask.WriteDac, r.GrantedAccess); // the owner (BA) adds READ_CONTROL | WRITE_DAC
        Assert.Equal(0u, r.GrantedAccess & KeySetValue);
    }

    [Fact]
    public void Without_a_list_object_allows_with_a_guid_are_ignored_and_object_denies_are_plain()
    {
        // samba-msdtyp.md 6 row 11: OA skipped, OD acts as a plain deny whatever its GUID (Windows Security Internals ch. 7).
        Assert.False(Check($"D:(OA;;0x20019;{O};;WD)", KeyRead, AccessCheckOptions.None).IsGranted);
        Assert.False(Check($"D:(OD;;0x1;{C1};;WD)(A;;0x20019;;;WD)", KeyRead, AccessCheckOptions.None).IsGranted);
        // An object ACE without an ObjectType GUID applies to the whole object.
        Assert.True(Check("D:(OA;;0x20019;;;WD)", KeyRead, AccessCheckOptions.None).IsGranted);
    }
}
