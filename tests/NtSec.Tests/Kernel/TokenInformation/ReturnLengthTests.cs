using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;
using NtSec.Tokens.Presets;
using static NtSec.Tests.Kernel.TokenInformation.TokenInfoFixture;

namespace NtSec.Tests.Kernel.TokenInformation;

/// <summary>
/// ReturnLength, byte for byte, for alice's token on Windows x64. alice's SIDs: alice and None
/// (S-1-5-21-1-2-3-RID, 5 sub-authorities) 28 bytes each; Everyone, INTERACTIVE, CONSOLE LOGON, Authenticated
/// Users, This Organization, Local account, LOCAL and the Medium label 12 each; Users (S-1-5-32-545) and NTLM
/// Authentication (S-1-5-64-10) 16 each; the logon SID S-1-5-5-0-196625 20. SID = 8 + 4 * sub-authorities.
/// </summary>
public class ReturnLengthTests
{
    private static int Needed(KernelCall call, NtHandle h, TokenInformationClass c)
    {
        var status = TokenInformationRoutines.NtQueryInformationToken(call, h, c, 0, out _, out int needed);
        Assert.True(status is NtStatus.STATUS_BUFFER_TOO_SMALL or NtStatus.STATUS_INFO_LENGTH_MISMATCH, status.ToString());
        return needed;
    }

    [Theory]
    // TOKEN_USER: SID_AND_ATTRIBUTES (PSID 8 + DWORD 4 + padding 4) + alice (28).
    [InlineData(TokenInformationClass.TokenUser, 16 + 28)]
    // TOKEN_GROUPS: GroupCount + padding (8), 12 entries x 16 (11 groups + the label), then the SIDs:
    // 28 + 12 + 16 + 12 + 12 + 12 + 12 + 12 + 20 + 12 + 16 + 12 = 176.
    [InlineData(TokenInformationClass.TokenGroups, 8 + (12 * 16) + 176)]
    // TOKEN_PRIVILEGES: PrivilegeCount (4) + 5 x LUID_AND_ATTRIBUTES (12).
    [InlineData(TokenInformationClass.TokenPrivileges, 4 + (5 * 12))]
    // TOKEN_OWNER / TOKEN_PRIMARY_GROUP: PSID (8) + the SID (alice / None, 28).
    [InlineData(TokenInformationClass.TokenOwner, 8 + 28)]
    [InlineData(TokenInformationClass.TokenPrimaryGroup, 8 + 28)]
    // TOKEN_DEFAULT_DACL: PACL (8) + ACL header (8) + three ACCESS_ALLOWED_ACEs (header 4 + mask 4 + SID):
    // alice 8+28, SYSTEM 8+12, the logon SID 8+20.
    [InlineData(TokenInformationClass.TokenDefaultDacl, 8 + 8 + 36 + 20 + 28)]
    [InlineData(TokenInformationClass.TokenSource, 16)] // SourceName[8] + LUID
    [InlineData(TokenInformationClass.TokenType, 4)]
    [InlineData(TokenInformationClass.TokenStatistics, 56)] // 3 LUID-sized + 6 DWORDs + LUID = 8*3 + 4*6 + 8
    [InlineData(TokenInformationClass.TokenRestrictedSids, 8)] // the TOKEN_GROUPS header alone (GroupCount 0)
    [InlineData(TokenInformationClass.TokenSessionId, 4)]
    // TOKEN_GROUPS_AND_PRIVILEGES: header 56; user + 11 groups + label = 13 x 16 plus each SID rounded up to 8
    // (28->32 twice, 20->24, ten SIDs of 12 or 16 -> 16) = 208 + 248; no restricting SIDs; 5 x 12 privileges.
    [InlineData(TokenInformationClass.TokenGroupsAndPrivileges, 56 + 208 + 248 + 60)]
    [InlineData(TokenInformationClass.TokenSandBoxInert, 4)]
    [InlineData(TokenInformationClass.TokenOrigin, 8)] // one LUID
    [InlineData(TokenInformationClass.TokenElevationType, 4)]
    [InlineData(TokenInformationClass.TokenElevation, 4)]
    [InlineData(TokenInformationClass.TokenLinkedToken, 8)] // one HANDLE
    [InlineData(TokenInformationClass.TokenHasRestrictions, 1)] // Windows writes one byte
    [InlineData(TokenInformationClass.TokenVirtualizationAllowed, 4)]
    [InlineData(TokenInformationClass.TokenVirtualizationEnabled, 4)]
    // TOKEN_MANDATORY_LABEL: SID_AND_ATTRIBUTES (16) + S-1-16-8192 (12).
    [InlineData(TokenInformationClass.TokenIntegrityLevel, 16 + 12)]
    [InlineData(TokenInformationClass.TokenUIAccess, 4)]
    [InlineData(TokenInformationClass.TokenMandatoryPolicy, 4)]
    // TokenLogonSid: a TOKEN_GROUPS of one: 8 + 16 + S-1-5-5-0-196625 (20).
    [InlineData(TokenInformationClass.TokenLogonSid, 8 + 16 + 20)]
    [InlineData(TokenInformationClass.TokenIsAppContainer, 4)]
    [InlineData(TokenInformationClass.TokenCapabilities, 8)] // empty TOKEN_GROUPS
    [InlineData(TokenInformationClass.TokenAppContainerSid, 8)] // a NULL PSID and no SID
    [InlineData(TokenInformationClass.TokenAppContainerNumber, 4)]
    [InlineData(TokenInformationClass.TokenIsRestricted, 4)]
    [InlineData(TokenInformationClass.TokenProcessTrustLevel, 8)] // a NULL PSID
    [InlineData(TokenInformationClass.TokenPrivateNameSpace, 4)]
    public void Alice_needs_exactly(TokenInformationClass c, int bytes)
    {
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AliceCall, TokenQuery | TokenQuerySource);
        Assert.Equal(bytes, Needed(k.AliceCall, h, c));
    }

    [Theory]
    [InlineData(0, 16)] // sizeof(TOKEN_PRIVILEGES): the ANYSIZE_ARRAY entry counts even when empty
    [InlineData(1, 16)]
    [InlineData(2, 4 + 24)]
    [InlineData(24, 4 + 288)]
    public void Privileges_never_need_less_than_sizeof_token_privileges(int count, int bytes)
    {
        // Windows 11 kernel: count <= 1 ? 16 : 12 * count + 4.
        var k = new TokenInfoFixture();
        var b = TokenPresets.User.ToBuilder();
        b.Privileges = [.. PrivilegeTable.All.Take(count).Select(p => new LuidAndAttributes(p.Luid, 0))];
        var (_, h) = NewToken(k.AliceCall, b.Build());
        Assert.Equal(bytes, Needed(k.AliceCall, h, TokenInformationClass.TokenPrivileges));
    }

    [Fact]
    public void A_token_without_a_default_dacl_needs_only_the_pointer()
    {
        // [W] GTI-12: sizeof(TOKEN_DEFAULT_DACL) = 8 on x64.
        var k = new TokenInfoFixture();
        var b = TokenPresets.User.ToBuilder();
        b.DefaultDacl = null;
        var (_, h) = NewToken(k.AliceCall, b.Build());
        Assert.Equal(8, Needed(k.AliceCall, h, TokenInformationClass.TokenDefaultDacl));
    }

    [Fact]
    public void An_empty_default_dacl_is_pointer_and_acl_header()
    {
        // [W] GTI-13: an empty ACL is kept (AceCount 0): 8 + sizeof(ACL) 8.
        var k = new TokenInfoFixture();
        var b = TokenPresets.User.ToBuilder();
        b.DefaultDacl = NtSec.AccessControl.Acl.Empty;
        var (_, h) = NewToken(k.AliceCall, b.Build());
        Assert.Equal(16, Needed(k.AliceCall, h, TokenInformationClass.TokenDefaultDacl));
    }

    [Fact]
    public void Restricting_sids_count_in_restricted_sids_and_groups_and_privileges()
    {
        // One restricting SID (Everyone, 12 bytes): TokenRestrictedSids 8 + 16 + 12; TokenGroupsAndPrivileges
        // grows by 16 + 16 (12 rounded up to 8).
        var k = new TokenInfoFixture();
        var filtered = TokenFilter.Filter(TokenPresets.User, 0, null, null, [new SidAndAttributes(WellKnownSids.Everyone, 0)], new LuidAllocator()).Value!;
        var (_, h) = NewToken(k.AliceCall, filtered);
        Assert.Equal(8 + 16 + 12, Needed(k.AliceCall, h, TokenInformationClass.TokenRestrictedSids));
        Assert.Equal(56 + 208 + 248 + 32 + 60, Needed(k.AliceCall, h, TokenInformationClass.TokenGroupsAndPrivileges));
        var info = Query<TokenGroupsAndPrivilegesInformation>(k.AliceCall, h, TokenInformationClass.TokenGroupsAndPrivileges);
        Assert.Equal(208 + 248, info.SidLength);
        Assert.Equal(32, info.RestrictedSidLength);
        Assert.Equal(60, info.PrivilegeLength);
    }

    [Fact]
    public void An_app_container_sid_follows_its_pointer()
    {
        // TOKEN_APPCONTAINER_INFORMATION: PSID (8) + S-1-15-2-1-2-3-4-5-6-7 (8 sub-authorities: 40);
        // TokenCapabilities: TOKEN_GROUPS of one, S-1-15-3-1 (2 sub-authorities: 16).
        var k = new TokenInfoFixture();
        var b = TokenPresets.User.ToBuilder();
        b.AppContainerSid = Sid.Parse("S-1-15-2-1-2-3-4-5-6-7");
        b.Capabilities = [new SidAndAttributes(Sid.Parse("S-1-15-3-1"), GroupAttributes.SE_GROUP_ENABLED)];
        var (_, h) = NewToken(k.AliceCall, b.Build());
        Assert.Equal(8 + 40, Needed(k.AliceCall, h, TokenInformationClass.TokenAppContainerSid));
        Assert.Equal(8 + 16 + 16, Needed(k.AliceCall, h, TokenInformationClass.TokenCapabilities));
    }

    [Fact]
    public void The_returned_structure_length_is_what_was_reported()
    {
        // Every answered class: ReturnLength on the sizing call == ReturnLength on success == Length of the record.
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AdminFullCall, TokenQuery | TokenQuerySource);
        foreach (var c in Enum.GetValues<TokenInformationClass>())
        {
            var status = TokenInformationRoutines.NtQueryInformationToken(k.AdminFullCall, h, c, 0, out _, out int needed);
            if (status is not (NtStatus.STATUS_BUFFER_TOO_SMALL or NtStatus.STATUS_INFO_LENGTH_MISMATCH))
            {
                continue;
            }

            Assert.Equal(NtStatus.STATUS_SUCCESS, TokenInformationRoutines.NtQueryInformationToken(k.AdminFullCall, h, c, needed, out var info, out int returned));
            Assert.Equal(needed, returned);
            Assert.Equal(needed, info!.Length);
            Assert.Equal(c, info.InformationClass);
        }
    }

    [Fact]
    public void Lengths_of_uninitialised_arrays_count_as_empty()
    {
        // DESIGN.md error model: no work that can fail in getters.
        Assert.Equal(8, new TokenGroupsInformation(TokenInformationClass.TokenGroups, default).Length);
        Assert.Equal(16, new TokenPrivilegesInformation(default).Length);
        Assert.Equal(56, new TokenGroupsAndPrivilegesInformation(default, default, default, default).Length);
    }
}
