using NtSec.AccessControl;
using NtSec.AccessControl.Sddl;
using NtSec.Principals;
using NtSec.Tokens;
using NtSec.Tokens.Json;

namespace NtSec.Tests.Tokens.Json;

public class TokenJsonFormatTests
{
    private static readonly SddlContext Domain = new(Sid.Parse("S-1-5-21-7-8-9"));

    internal static void AssertSameState(TokenState expected, TokenState actual)
    {
        Assert.Equal(expected.User, actual.User);
        Assert.Equal<SidAndAttributes>(expected.Groups, actual.Groups);
        Assert.Equal<LuidAndAttributes>(expected.Privileges, actual.Privileges);
        Assert.Equal<SidAndAttributes>(expected.RestrictedSids, actual.RestrictedSids);
        Assert.Equal(expected.IntegrityLevel, actual.IntegrityLevel);
        Assert.Equal(expected.MandatoryPolicy, actual.MandatoryPolicy);
        Assert.Equal(expected.Owner, actual.Owner);
        Assert.Equal(expected.PrimaryGroup, actual.PrimaryGroup);
        Assert.Equal(expected.DefaultDacl, actual.DefaultDacl);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.ImpersonationLevel, actual.ImpersonationLevel);
        Assert.Equal(expected.SessionId, actual.SessionId);
        Assert.Equal(expected.ElevationType, actual.ElevationType);
        Assert.Equal(expected.Flags, actual.Flags);
    }

    private static TokenState Rich()
    {
        var user = Sid.Parse("S-1-5-21-7-8-9-1001");
        return new TokenStateBuilder(user)
        {
            User = new SidAndAttributes(user, GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY),
            Groups =
            [
                new(Sid.Parse("S-1-1-0"), (GroupAttributes)0x7),
                new(Sid.Parse("S-1-5-32-544"), (GroupAttributes)0xF),
                new(Sid.Parse("S-1-5-5-0-12345"), (GroupAttributes)0xC0000007),
                new(Sid.Parse("S-1-5-21-7-8-9-513"), 0),
                new(Sid.Parse("S-1-5-32-545"), (GroupAttributes)0x0100_0004), // an unnamed bit
                new(Sid.Parse("S-1-5-11"), GroupAttributes.SE_GROUP_RESOURCE),
            ],
            Privileges =
            [
                new(PrivilegeTable.Get(WellKnownPrivilege.SeChangeNotifyPrivilege).Luid, (PrivilegeAttributes)0x3),
                new(PrivilegeTable.Get(WellKnownPrivilege.SeBackupPrivilege).Luid, 0),
                new(PrivilegeTable.Get(WellKnownPrivilege.SeDebugPrivilege).Luid, PrivilegeAttributes.SE_PRIVILEGE_ENABLED),
                new(PrivilegeTable.Get(WellKnownPrivilege.SeShutdownPrivilege).Luid, (PrivilegeAttributes)0x8000_0002),
            ],
            RestrictedSids = [new(Sid.Parse("S-1-5-12"), (GroupAttributes)0x7), new(Sid.Parse("S-1-1-0"), GroupAttributes.SE_GROUP_ENABLED)],
            IntegrityLevel = ((IntegrityLevel)0x1234).ToSid(),
            MandatoryPolicy = TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_OFF,
            Owner = Sid.Parse("S-1-5-32-544"),
            PrimaryGroup = Sid.Parse("S-1-5-21-7-8-9-513"),
            DefaultDacl = SecurityDescriptor.ParseSddl("D:(A;;GA;;;SY)(A;;GA;;;LA)(A;;GRGX;;;S-1-5-5-0-12345)", Domain).Dacl,
            Type = TokenType.TokenPrimary,
            ImpersonationLevel = SecurityImpersonationLevel.SecurityDelegation,
            SessionId = 7,
            ElevationType = TokenElevationType.TokenElevationTypeLimited,
            Flags = TokenFlags.TOKEN_WRITE_RESTRICTED | TokenFlags.TOKEN_SANDBOX_INERT | TokenFlags.TOKEN_VIRTUALIZE_ALLOWED
                | TokenFlags.TOKEN_IS_FILTERED,
        }.Build();
    }

    [Fact]
    public void Contract_example_round_trips()
    {
        var t = TokenJson.Parse(TokenJsonParseTests.ContractExample);
        string json = TokenJson.Format(t);
        AssertSameState(t, TokenJson.Parse(json));
        Assert.Equal(json, TokenJson.Format(TokenJson.Parse(json)));
    }

    [Fact]
    public void Everything_the_format_carries_round_trips()
    {
        var t = Rich();
        string json = TokenJson.Format(t, Domain);
        var back = TokenJson.Parse(json, Domain);
        AssertSameState(t, back);
        Assert.Equal(json, TokenJson.Format(back, Domain));
    }

    [Fact]
    public void Minimal_token_round_trips()
    {
        var t = new TokenStateBuilder(Sid.Parse("S-1-5-18")).Build();
        AssertSameState(t, TokenJson.Parse(TokenJson.Format(t)));
    }

    [Fact]
    public void Empty_default_dacl_round_trips_as_an_empty_acl()
    {
        var t = new TokenStateBuilder(Sid.Parse("S-1-5-18")) { DefaultDacl = Acl.Empty }.Build();
        string json = TokenJson.Format(t);
        Assert.Contains("\"defaultDacl\": \"D:\"", json, StringComparison.Ordinal);
        var back = TokenJson.Parse(json);
        Assert.NotNull(back.DefaultDacl);
        Assert.Empty(back.DefaultDacl);
    }

    [Fact]
    public void Format_writes_the_contract_shape()
    {
        var t = TokenJson.Parse(TokenJsonParseTests.ContractExample);
        string expected = """
            {
              "user": "S-1-5-21-1-2-3-1001",
              "groups": [
                "S-1-1-0",
                {
                  "sid": "S-1-5-32-544",
                  "attributes": "SE_GROUP_USE_FOR_DENY_ONLY"
                },
                {
                  "sid": "S-1-5-5-0-12345",
                  "attributes": "SE_GROUP_MANDATORY|SE_GROUP_ENABLED_BY_DEFAULT|SE_GROUP_ENABLED|SE_GROUP_LOGON_ID"
                }
              ],
              "privileges": [
                "SeChangeNotifyPrivilege",
                {
                  "name": "SeBackupPrivilege",
                  "attributes": []
                }
              ],
              "restrictedSids": [
                "S-1-5-12"
              ],
              "writeRestricted": false,
              "integrityLevel": "Medium",
              "mandatoryPolicy": "TOKEN_MANDATORY_POLICY_NO_WRITE_UP",
              "owner": "S-1-5-21-1-2-3-1001",
              "primaryGroup": "S-1-5-21-1-2-3-513",
              "defaultDacl": "D:(A;;GA;;;SY)(A;;GA;;;S-1-5-21-1-2-3-1001)",
              "type": "Impersonation",
              "impersonationLevel": "SecurityImpersonation",
              "sessionId": 0
            }
            """.ReplaceLineEndings("\n");
        Assert.Equal(expected, TokenJson.Format(t));
    }

    [Fact]
    public void Format_writes_unnamed_values_as_numbers()
    {
        string json = TokenJson.Format(Rich(), Domain);
        Assert.Contains("\"attributes\": \"SE_GROUP_ENABLED|0x1000000\"", json, StringComparison.Ordinal);
        Assert.Contains("\"integrityLevel\": \"S-1-16-4660\"", json, StringComparison.Ordinal);
        Assert.Contains("\"mandatoryPolicy\": \"TOKEN_MANDATORY_POLICY_OFF\"", json, StringComparison.Ordinal);
        Assert.Contains("\"defaultDacl\": \"D:(A;;GA;;;SY)(A;;GA;;;LA)(A;;GXGR;;;S-1-5-5-0-12345)\"", json, StringComparison.Ordinal);
        Assert.Contains("\"flags\": \"TOKEN_VIRTUALIZE_ALLOWED|TOKEN_IS_FILTERED\"", json, StringComparison.Ordinal);
        Assert.Contains("\"sandboxInert\": true", json, StringComparison.Ordinal);
        Assert.Contains("\"elevationType\": \"Limited\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"Primary\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_refuses_what_the_format_cannot_name()
    {
        var t = new TokenStateBuilder(Sid.Parse("S-1-5-18")) { Privileges = [new(new Luid(999, 0), 0)] }.Build();
        Assert.Throws<InvalidOperationException>(() => TokenJson.Format(t));
    }
}
