using System.Text.Json;
using NtSec.AccessControl;
using NtSec.AccessControl.Sddl;
using NtSec.Principals;
using NtSec.Tokens;
using NtSec.Tokens.Json;

namespace NtSec.Tests.Tokens.Json;

public class TokenJsonParseTests
{
    internal const string ContractExample = """
        {
          "user": "S-1-5-21-1-2-3-1001",
          "groups": [
            "S-1-1-0",
            {"sid": "BA", "attributes": ["SE_GROUP_USE_FOR_DENY_ONLY"]},
            {"sid": "S-1-5-5-0-12345", "attributes": "0xC0000007"}
          ],
          "privileges": ["SeChangeNotifyPrivilege", {"name": "SeBackupPrivilege", "attributes": []}],
          "restrictedSids": ["S-1-5-12"],
          "writeRestricted": false,
          "integrityLevel": "Medium",
          "mandatoryPolicy": ["TOKEN_MANDATORY_POLICY_NO_WRITE_UP"],
          "owner": "S-1-5-21-1-2-3-1001",
          "primaryGroup": "S-1-5-21-1-2-3-513",
          "defaultDacl": "D:(A;;GA;;;SY)(A;;GA;;;S-1-5-21-1-2-3-1001)",
          "type": "Impersonation",
          "impersonationLevel": "SecurityImpersonation"
        }
        """;

    private static Luid PrivilegeLuid(string name) => PrivilegeTable.TryGetByName(name, out var p) ? p.Luid : throw new ArgumentException(name);

    private static TokenState Parse(string json) => TokenJson.Parse(json, SddlContext.Default);

    [Fact]
    public void Contract_example_parses_to_exactly_the_stated_attributes()
    {
        // CONTRACT.md "Token JSON": bare groups 0x7, names or a number as attributes, bare privilege enabled.
        var t = Parse(ContractExample);
        var user = Sid.Parse("S-1-5-21-1-2-3-1001");
        Assert.Equal(new SidAndAttributes(user, 0), t.User);
        Assert.Equal<SidAndAttributes>(
            [
                new SidAndAttributes(Sid.Parse("S-1-1-0"), (GroupAttributes)0x7),
                new SidAndAttributes(Sid.Parse("S-1-5-32-544"), (GroupAttributes)0x10),
                new SidAndAttributes(Sid.Parse("S-1-5-5-0-12345"), (GroupAttributes)0xC0000007),
            ],
            t.Groups);
        Assert.Equal<LuidAndAttributes>(
            [
                new LuidAndAttributes(PrivilegeLuid("SeChangeNotifyPrivilege"),
                    PrivilegeAttributes.SE_PRIVILEGE_ENABLED | PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT),
                new LuidAndAttributes(PrivilegeLuid("SeBackupPrivilege"), 0),
            ],
            t.Privileges);
        Assert.Equal<SidAndAttributes>([new SidAndAttributes(Sid.Parse("S-1-5-12"), (GroupAttributes)0x7)], t.RestrictedSids);
        Assert.True(t.IsRestricted);
        Assert.False(t.IsWriteRestricted);
        Assert.Equal(TokenFlags.TOKEN_IS_RESTRICTED, t.Flags);
        Assert.Equal(Sid.Parse("S-1-16-8192"), t.IntegrityLevel);
        Assert.Equal(TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_NO_WRITE_UP, t.MandatoryPolicy);
        Assert.Equal(user, t.Owner);
        Assert.Equal(Sid.Parse("S-1-5-21-1-2-3-513"), t.PrimaryGroup);
        Assert.Equal(SecurityDescriptor.ParseSddl("D:(A;;GA;;;SY)(A;;GA;;;S-1-5-21-1-2-3-1001)").Dacl, t.DefaultDacl);
        Assert.Equal(2, t.DefaultDacl!.Count);
        Assert.Equal(TokenType.TokenImpersonation, t.Type);
        Assert.Equal(SecurityImpersonationLevel.SecurityImpersonation, t.ImpersonationLevel);
        Assert.True(t.HasEnabledPrivilege(WellKnownPrivilege.SeChangeNotifyPrivilege));
        Assert.True(t.HasPrivilege(WellKnownPrivilege.SeBackupPrivilege));
        Assert.False(t.HasEnabledPrivilege(WellKnownPrivilege.SeBackupPrivilege));
    }

    [Fact]
    public void Only_user_is_required_and_the_rest_defaults()
    {
        // CONTRACT.md: no groups, no privileges, Medium, NO_WRITE_UP, owner = user.
        var t = Parse("""{"user": "S-1-5-21-1-2-3-1001"}""");
        var user = Sid.Parse("S-1-5-21-1-2-3-1001");
        Assert.Equal(new SidAndAttributes(user, 0), t.User);
        Assert.Empty(t.Groups);
        Assert.Empty(t.Privileges);
        Assert.Empty(t.RestrictedSids);
        Assert.Equal(IntegrityLevel.Medium.ToSid(), t.IntegrityLevel);
        Assert.Equal(TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_NO_WRITE_UP, t.MandatoryPolicy);
        Assert.Equal(user, t.Owner);
        Assert.Equal(user, t.PrimaryGroup);
        Assert.Null(t.DefaultDacl);
        Assert.Equal(TokenType.TokenImpersonation, t.Type);
        Assert.Equal(SecurityImpersonationLevel.SecurityImpersonation, t.ImpersonationLevel);
        Assert.Equal(0u, t.SessionId);
        Assert.Equal(TokenElevationType.TokenElevationTypeDefault, t.ElevationType);
        Assert.Equal(TokenFlags.None, t.Flags);
    }

    [Theory]
    // CONTRACT.md: attributes are SDK names, a list of them, or a number.
    [InlineData("\"SE_GROUP_ENABLED\"", 0x4u)]
    [InlineData("\"se_group_enabled\"", 0x4u)]
    [InlineData("\"SE_GROUP_ENABLED|SE_GROUP_MANDATORY\"", 0x5u)]
    [InlineData("\" SE_GROUP_ENABLED | SE_GROUP_OWNER \"", 0xCu)]
    [InlineData("[\"SE_GROUP_ENABLED\", \"SE_GROUP_LOGON_ID\"]", 0xC0000004u)]
    [InlineData("[]", 0x0u)]
    [InlineData("[\"None\"]", 0x0u)]
    [InlineData("[4, \"0x10\"]", 0x14u)]
    [InlineData("7", 0x7u)]
    [InlineData("0", 0x0u)]
    [InlineData("4294967295", 0xFFFFFFFFu)]
    [InlineData("\"0xC0000007\"", 0xC0000007u)]
    [InlineData("\"0xc0000007\"", 0xC0000007u)]
    [InlineData("\"23\"", 23u)]
    [InlineData("\"SE_GROUP_ENABLED|0x100\"", 0x104u)]
    public void Group_attributes_take_every_documented_form(string attributes, uint expected)
    {
        var t = Parse($$"""{"user": "SY", "groups": [{"sid": "WD", "attributes": {{attributes}}}]}""");
        Assert.Equal((GroupAttributes)expected, Assert.Single(t.Groups).Attributes);
    }

    [Fact]
    public void Group_object_without_attributes_gets_the_bare_default()
    {
        // Decision (TokenJson remarks): a left-out "attributes" means what a bare SID means.
        var t = Parse("""{"user": "SY", "groups": [{"sid": "WD"}], "restrictedSids": [{"sid": "RC"}]}""");
        Assert.Equal((GroupAttributes)0x7, t.Groups[0].Attributes);
        Assert.Equal((GroupAttributes)0x7, t.RestrictedSids[0].Attributes);
    }

    [Fact]
    public void Bare_privilege_is_enabled_and_enabled_by_default()
    {
        // Decision (TokenJson remarks): 0x3, as a logon gives SeChangeNotifyPrivilege (whoami /priv).
        var t = Parse("""{"user": "SY", "privileges": ["SeShutdownPrivilege", {"name": "sedebugprivilege"}]}""");
        Assert.All(t.Privileges, p => Assert.Equal((PrivilegeAttributes)0x3, p.Attributes));
        Assert.Equal(PrivilegeLuid("SeDebugPrivilege"), t.Privileges[1].Luid);
    }

    [Theory]
    [InlineData("[\"SE_PRIVILEGE_ENABLED\"]", 0x2u)]
    [InlineData("\"SE_PRIVILEGE_ENABLED_BY_DEFAULT\"", 0x1u)]
    [InlineData("\"0x80000002\"", 0x80000002u)]
    [InlineData("0", 0x0u)]
    public void Privilege_attributes_are_exact(string attributes, uint expected)
    {
        var t = Parse($$"""{"user": "SY", "privileges": [{"name": "SeBackupPrivilege", "attributes": {{attributes}}}]}""");
        Assert.Equal((PrivilegeAttributes)expected, Assert.Single(t.Privileges).Attributes);
    }

    [Fact]
    public void User_may_be_an_object_with_attributes()
    {
        // A filtered token's user can be deny-only (DESIGN.md, deny-only SIDs).
        var t = Parse("""{"user": {"sid": "S-1-5-21-1-2-3-1001", "attributes": "SE_GROUP_USE_FOR_DENY_ONLY"}}""");
        Assert.Equal(GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY, t.User.Attributes);
        Assert.Equal(t.User.Sid, t.Owner);
    }

    [Fact]
    public void Sid_aliases_resolve_against_the_context()
    {
        var context = new SddlContext(Sid.Parse("S-1-5-21-7-8-9"));
        var t = TokenJson.Parse("""{"user": "LA", "groups": ["DU", "ba"], "primaryGroup": "DU", "defaultDacl": "D:(A;;GA;;;LA)"}""", context);
        Assert.Equal(Sid.Parse("S-1-5-21-7-8-9-500"), t.User.Sid);
        Assert.Equal(Sid.Parse("S-1-5-21-7-8-9-513"), t.Groups[0].Sid);
        Assert.Equal(Sid.Parse("S-1-5-32-544"), t.Groups[1].Sid);
        Assert.Equal(Sid.Parse("S-1-5-21-7-8-9-513"), t.PrimaryGroup);
        Assert.Equal(Sid.Parse("S-1-5-21-7-8-9-500"), t.DefaultDacl![0].Sid);
    }

    [Theory]
    // IntegrityLevels.TryParse: level names, SDDL label aliases (MS-DTYP 2.5.1.1), S-1-16-RID.
    [InlineData("Untrusted", "S-1-16-0")]
    [InlineData("Low", "S-1-16-4096")]
    [InlineData("low", "S-1-16-4096")]
    [InlineData("LW", "S-1-16-4096")]
    [InlineData("ME", "S-1-16-8192")]
    [InlineData("MediumPlus", "S-1-16-8448")]
    [InlineData("High", "S-1-16-12288")]
    [InlineData("HI", "S-1-16-12288")]
    [InlineData("System", "S-1-16-16384")]
    [InlineData("SI", "S-1-16-16384")]
    [InlineData("S-1-16-6144", "S-1-16-6144")]
    public void Integrity_level_takes_names_aliases_and_label_sids(string text, string sid)
    {
        Assert.Equal(Sid.Parse(sid), Parse($$"""{"user": "SY", "integrityLevel": "{{text}}"}""").IntegrityLevel);
    }

    [Theory]
    [InlineData("\"TOKEN_MANDATORY_POLICY_OFF\"", 0u)]
    [InlineData("[]", 0u)]
    [InlineData("\"TOKEN_MANDATORY_POLICY_NO_WRITE_UP|TOKEN_MANDATORY_POLICY_NEW_PROCESS_MIN\"", 3u)]
    [InlineData("3", 3u)]
    public void Mandatory_policy_takes_names_or_a_number(string policy, uint expected)
    {
        Assert.Equal((TokenMandatoryPolicy)expected, Parse($$"""{"user": "SY", "mandatoryPolicy": {{policy}}}""").MandatoryPolicy);
    }

    [Theory]
    [InlineData("Primary", TokenType.TokenPrimary)]
    [InlineData("TokenPrimary", TokenType.TokenPrimary)]
    [InlineData("primary", TokenType.TokenPrimary)]
    [InlineData("Impersonation", TokenType.TokenImpersonation)]
    [InlineData("TokenImpersonation", TokenType.TokenImpersonation)]
    public void Type_takes_short_and_sdk_names(string text, TokenType expected)
    {
        Assert.Equal(expected, Parse($$"""{"user": "SY", "type": "{{text}}"}""").Type);
    }

    [Theory]
    [InlineData("SecurityAnonymous", SecurityImpersonationLevel.SecurityAnonymous)]
    [InlineData("Anonymous", SecurityImpersonationLevel.SecurityAnonymous)]
    [InlineData("SecurityIdentification", SecurityImpersonationLevel.SecurityIdentification)]
    [InlineData("Identification", SecurityImpersonationLevel.SecurityIdentification)]
    [InlineData("Impersonation", SecurityImpersonationLevel.SecurityImpersonation)]
    [InlineData("SecurityDelegation", SecurityImpersonationLevel.SecurityDelegation)]
    [InlineData("delegation", SecurityImpersonationLevel.SecurityDelegation)]
    public void Impersonation_level_takes_sdk_and_short_names(string text, SecurityImpersonationLevel expected)
    {
        Assert.Equal(expected, Parse($$"""{"user": "SY", "impersonationLevel": "{{text}}"}""").ImpersonationLevel);
    }

    [Theory]
    [InlineData("D:(A;;GA;;;SY)", 1)]
    [InlineData("O:SYG:SYD:(A;;GA;;;SY)(A;;GR;;;WD)S:(AU;SA;GA;;;WD)", 2)]
    [InlineData("(A;;GA;;;SY)(A;;GR;;;WD)", 2)]
    [InlineData("D:", 0)]
    public void Default_dacl_is_a_descriptor_or_an_acl(string sddl, int aceCount)
    {
        var t = Parse($$"""{"user": "SY", "defaultDacl": "{{sddl}}"}""");
        Assert.NotNull(t.DefaultDacl);
        Assert.Equal(aceCount, t.DefaultDacl.Count);
        Assert.Equal(Sid.Parse("S-1-5-18"), t.DefaultDacl.Count > 0 ? t.DefaultDacl[0].Sid : Sid.Parse("S-1-5-18"));
    }

    [Theory]
    [InlineData("\"D:NO_ACCESS_CONTROL\"")]
    [InlineData("null")]
    public void Null_dacl_means_no_default_dacl(string value)
    {
        // reactos.md 6.1: a NULL TokenDefaultDacl removes the default DACL.
        Assert.Null(Parse($$"""{"user": "SY", "defaultDacl": {{value}}}""").DefaultDacl);
    }

    [Fact]
    public void Owner_may_be_a_group_with_se_group_owner()
    {
        // reactos.md 6.1; wine.md SEC-12 (Administrators carries SE_GROUP_OWNER).
        var t = Parse("""{"user": "S-1-5-21-1-2-3-1001", "groups": [{"sid": "BA", "attributes": "0xF"}], "owner": "BA"}""");
        Assert.Equal(Sid.Parse("S-1-5-32-544"), t.Owner);
    }

    [Fact]
    public void Primary_group_need_not_be_a_group_of_the_token()
    {
        // Decision: the CONTRACT example's primaryGroup (-513) is not among its groups.
        var t = Parse("""{"user": "SY", "primaryGroup": "S-1-5-21-1-2-3-513"}""");
        Assert.Equal(Sid.Parse("S-1-5-21-1-2-3-513"), t.PrimaryGroup);
    }

    [Fact]
    public void Flags_session_and_elevation_are_read()
    {
        var t = Parse("""
            {"user": "SY", "restrictedSids": ["RC"], "writeRestricted": true, "sandboxInert": true,
             "flags": ["TOKEN_VIRTUALIZE_ALLOWED", "TOKEN_IS_RESTRICTED"], "sessionId": 3, "elevationType": "Limited"}
            """);
        Assert.Equal(TokenFlags.TOKEN_WRITE_RESTRICTED | TokenFlags.TOKEN_IS_RESTRICTED | TokenFlags.TOKEN_SANDBOX_INERT
            | TokenFlags.TOKEN_VIRTUALIZE_ALLOWED, t.Flags);
        Assert.True(t.IsWriteRestricted);
        Assert.Equal(3u, t.SessionId);
        Assert.Equal(TokenElevationType.TokenElevationTypeLimited, t.ElevationType);
    }

    [Fact]
    public void Token_is_restricted_flag_follows_restricted_sids_not_flags()
    {
        var t = Parse("""{"user": "SY", "flags": "TOKEN_IS_RESTRICTED"}""");
        Assert.False(t.IsRestricted);
        Assert.Equal(TokenFlags.None, t.Flags);
    }

    [Theory]
    [InlineData("TokenElevationTypeFull", TokenElevationType.TokenElevationTypeFull)]
    [InlineData("default", TokenElevationType.TokenElevationTypeDefault)]
    public void Elevation_type_takes_short_and_sdk_names(string text, TokenElevationType expected)
    {
        Assert.Equal(expected, Parse($$"""{"user": "SY", "elevationType": "{{text}}"}""").ElevationType);
    }

    [Fact]
    public void Escaped_strings_are_unescaped()
    {
        var t = Parse("""{"user": "\u0053-1-5-18", "privileges": ["SeChange\u004EotifyPrivilege"]}""");
        Assert.Equal(Sid.Parse("S-1-5-18"), t.User.Sid);
        Assert.Single(t.Privileges);
    }

    [Fact]
    public void Duplicate_groups_are_kept_and_the_first_governs()
    {
        // TokenState: first occurrence wins, as a linear scan of the token's SID array finds it.
        var t = Parse("""{"user": "SY", "groups": [{"sid": "WD", "attributes": "SE_GROUP_USE_FOR_DENY_ONLY"}, "WD"]}""");
        Assert.Equal(2, t.Groups.Length);
        Assert.True(t.TryGetSidAttributes(Sid.Parse("S-1-1-0"), out var a));
        Assert.Equal(GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY, a);
    }

    [Fact]
    public void Inline_element_of_a_batch_line_parses()
    {
        // CONTRACT.md `ntsec check --batch`: "token" may be an inline object.
        string line = """{"sd": "D:(A;;GA;;;WD)", "token": {"user": "SY", "groups": ["BA"], "integrityLevel": "System"}, "access": "MAXIMUM_ALLOWED"}""";
        using var doc = JsonDocument.Parse(line);
        Assert.True(TokenJson.TryParse(doc.RootElement.GetProperty("token"), SddlContext.Default, out var t, out _));
        Assert.Equal(Sid.Parse("S-1-5-18"), t.User.Sid);
        Assert.Equal(IntegrityLevel.System.ToSid(), t.IntegrityLevel);
        Assert.Equal(Sid.Parse("S-1-5-32-544"), TokenJson.Parse(doc.RootElement.GetProperty("token")).Groups[0].Sid);
    }

    [Fact]
    public void Inline_element_errors_count_from_the_element_text()
    {
        // TokenJson.TryParse(JsonElement) remarks: offsets are into the element's own text.
        string line = """{"sd": "D:", "token": {"user": "SY", "groups": ["XX"]}}""";
        using var doc = JsonDocument.Parse(line);
        var element = doc.RootElement.GetProperty("token");
        Assert.False(TokenJson.TryParse(element, SddlContext.Default, out var t, out var error));
        Assert.Null(t);
        Assert.StartsWith("$.groups[0]: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(element.GetRawText().IndexOf("XX", StringComparison.Ordinal), error.Offset);
    }

    [Theory]
    [InlineData("\"SY\"", "a string")]
    [InlineData("[]", "a list")]
    [InlineData("null", "null")]
    [InlineData("1", "a number")]
    public void Inline_element_must_be_an_object(string value, string found)
    {
        using var doc = JsonDocument.Parse($$"""{"token": {{value}}}""");
        Assert.False(TokenJson.TryParse(doc.RootElement.GetProperty("token"), SddlContext.Default, out _, out var error));
        Assert.Equal($"$: expected a token object, found {found}", error.Message);
        Assert.Equal(0, error.Offset);
        Assert.Throws<FormatErrorException>(() => TokenJson.Parse(doc.RootElement.GetProperty("token")));
    }

    [Fact]
    public void Default_json_element_is_an_error_not_a_crash()
    {
        Assert.False(TokenJson.TryParse(default(JsonElement), SddlContext.Default, out _, out var error));
        Assert.Equal("$: expected a token object, found nothing", error.Message);
    }

    [Fact]
    public void Leading_and_trailing_blanks_are_allowed()
    {
        Assert.Equal(Sid.Parse("S-1-5-18"), Parse(" \r\n\t{\"user\": \"SY\"}\n\n ").User.Sid);

        // A byte order mark, as JsonDocument allows.
        Assert.Equal(Sid.Parse("S-1-5-18"), Parse("\uFEFF{\"user\": \"SY\"}").User.Sid);
    }
}
