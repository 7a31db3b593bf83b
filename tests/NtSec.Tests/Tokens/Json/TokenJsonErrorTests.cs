using System.Text;
using System.Text.Json;
using NtSec.AccessControl.Sddl;
using NtSec.Status;
using NtSec.Tokens.Json;

namespace NtSec.Tests.Tokens.Json;

public class TokenJsonErrorTests
{
    /// <summary>
    /// Each case: the JSON, the text the error offset must point at (its first occurrence after
    /// <c>after</c>), and the message (exact, or its start when it ends with "...").
    /// </summary>
    public static TheoryData<string, string, string, string> Cases() => new()
    {
        // Required and unknown properties.
        { """{"groups": []}""", "", "{", "$: missing required property 'user'" },
        { """{"user": "SY", "bogus": 1}""", "", "\"bogus\"", "$: unknown property 'bogus' (expected user, groups, ..." },
        { """{"user": "SY", "User": "SY"}""", "", "\"User\"", "$: unknown property 'User' ..." },
        { """{"user": "SY", "user": "BA"}""", "\"SY\"", "\"user\"", "$: duplicate property 'user'" },
        { """{"user": 5}""", "", "5", "$.user: expected the user (a SID string, or an object with \"sid\" and \"attributes\"), found a number" },
        { """{"user": "S-1-5-x"}""", "", "x\"}", "$.user: ..." },
        { """{"user": "DA"}""", "", "DA", "$.user: SID alias 'DA' is relative to the domain SID, and no domain SID was given" },
        { """{"user": {"attributes": 0}}""", "", "{\"attributes", "$.user: missing required property 'sid'" },

        // Groups.
        { """{"user": "SY", "groups": "S-1-1-0"}""", "", "\"S-1-1-0\"", "$.groups: expected a list of groups, found a string" },
        { """{"user": "SY", "groups": ["S-1-1-0", "BA", {"sid": "S-1-5-5-0-1", "attributes": "SE_GROUP_BOGUS"}]}""", "", "SE_GROUP_BOGUS",
            "$.groups[2].attributes: unknown group attribute 'SE_GROUP_BOGUS'" },
        { """{"user": "SY", "groups": [{"sid": "WD", "attributes": "SE_GROUP_ENABLED| SE_GROUP_BOGUS"}]}""", "", "SE_GROUP_BOGUS",
            "$.groups[0].attributes: unknown group attribute 'SE_GROUP_BOGUS'" },
        { """{"user": "SY", "groups": [{"sid": "WD", "attributes": ["SE_GROUP_ENABLED", "SE_GROUP_BOGUS"]}]}""", "", "SE_GROUP_BOGUS",
            "$.groups[0].attributes[1]: unknown group attribute 'SE_GROUP_BOGUS'" },
        { """{"user": "SY", "groups": [{"sid": "WD", "attributes": "SE_GROUP_ENABLED||SE_GROUP_OWNER"}]}""", "", "|SE_GROUP_OWNER",
            "$.groups[0].attributes: expected a group attribute name or a number" },
        { """{"user": "SY", "groups": [{"sid": "WD", "attributes": ""}]}""", "\"attributes\": \"", "\"}", "$.groups[0].attributes: expected group attributes or a number, found an empty string" },
        { """{"user": "SY", "groups": [{"sid": "WD", "attributes": "0x1FFFFFFFF"}]}""", "", "0x1FFFFFFFF",
            "$.groups[0].attributes: '0x1FFFFFFFF' is not a valid group attribute number (32 bits, decimal or 0x hex)" },
        { """{"user": "SY", "groups": [{"sid": "WD", "attributes": 4294967296}]}""", "", "4294967296",
            "$.groups[0].attributes: expected a group attribute number from 0 to 4294967295, found 4294967296" },
        { """{"user": "SY", "groups": [{"sid": "WD", "attributes": -1}]}""", "", "-1", "$.groups[0].attributes: expected a group attribute number from 0 to 4294967295, found -1" },
        { """{"user": "SY", "groups": [{"sid": "WD", "attributes": 1.5}]}""", "", "1.5", "$.groups[0].attributes: expected a group attribute number from 0 to 4294967295, found 1.5" },
        { """{"user": "SY", "groups": [{"sid": "WD", "attributes": true}]}""", "", "true", "$.groups[0].attributes: expected group attributes (a name, ..." },
        { """{"user": "SY", "groups": [{"sid": "WD", "attributes": [null]}]}""", "", "null", "$.groups[0].attributes[0]: expected a group attribute name or number, found null" },
        { """{"user": "SY", "groups": [{"sid": "WD", "sdi": "WD"}]}""", "", "\"sdi\"", "$.groups[0]: unknown property 'sdi' (expected sid, attributes)" },
        { """{"user": "SY", "groups": [{"sid": "WD", "sid": "BA"}]}""", "\"WD\"", "\"sid\"", "$.groups[0]: duplicate property 'sid'" },
        { """{"user": "SY", "groups": ["WD", {"attributes": 7}]}""", "", "{\"attr", "$.groups[1]: missing required property 'sid'" },
        { """{"user": "SY", "groups": ["WD", ["BA"]]}""", "", "[\"BA\"]", "$.groups[1]: expected a group SID (a SID string, or an object with \"sid\" and \"attributes\"), found a list" },
        { """{"user": "SY", "groups": ["WD", "S-1-16-8192"]}""", "", "\"S-1-16-8192\"", "$.groups[1]: S-1-16-8192 is an integrity label; give it as 'integrityLevel', not as a group" },
        { """{"user": "SY", "groups": ["WD", "XX"]}""", "", "XX", "$.groups[1]: 'XX' is neither a SID string (S-1-...) nor a known SDDL SID alias" },

        // Privileges.
        { """{"user": "SY", "privileges": ["SeChangeNotifyPrivilege", "SeBogusPrivilege"]}""", "", "SeBogusPrivilege", "$.privileges[1]: unknown privilege 'SeBogusPrivilege'" },
        { """{"user": "SY", "privileges": [{"name": "SeBogusPrivilege", "attributes": 0}]}""", "", "SeBogusPrivilege", "$.privileges[0].name: unknown privilege 'SeBogusPrivilege'" },
        { """{"user": "SY", "privileges": [{"name": 3}]}""", "", "3", "$.privileges[0].name: expected a privilege name (a string), found a number" },
        { """{"user": "SY", "privileges": [{"attributes": 0}]}""", "", "{\"attr", "$.privileges[0]: missing required property 'name'" },
        { """{"user": "SY", "privileges": [{"name": "SeDebugPrivilege", "enabled": true}]}""", "", "\"enabled\"", "$.privileges[0]: unknown property 'enabled' (expected name, attributes)" },
        { """{"user": "SY", "privileges": [{"name": "SeDebugPrivilege", "attributes": "SE_PRIVILEGE_BOGUS"}]}""", "", "SE_PRIVILEGE_BOGUS",
            "$.privileges[0].attributes: unknown privilege attribute 'SE_PRIVILEGE_BOGUS'" },
        { """{"user": "SY", "privileges": ["SeDebugPrivilege", {"name": "sedebugprivilege"}]}""", "", "{\"name\": \"sedebug",
            "$.privileges[1]: privilege 'SeDebugPrivilege' is listed twice (first at $.privileges[0])" },
        { """{"user": "SY", "privileges": [true]}""", "", "true", "$.privileges[0]: expected a privilege (a name, or an object with \"name\" and \"attributes\"), found true" },
        { """{"user": "SY", "privileges": {}}""", "", "{}", "$.privileges: expected a list of privileges, found an object" },

        // Restricted SIDs, flags.
        { """{"user": "SY", "restrictedSids": [1]}""", "", "1]", "$.restrictedSids[0]: expected a restricting SID (a SID string, ..." },
        { """{"user": "SY", "restrictedSids": "RC"}""", "", "\"RC\"", "$.restrictedSids: expected a list of restricting SIDs, found a string" },
        { """{"user": "SY", "writeRestricted": "yes"}""", "", "\"yes\"", "$.writeRestricted: expected true or false, found a string" },
        { """{"user": "SY", "sandboxInert": 1}""", "", "1}", "$.sandboxInert: expected true or false, found a number" },
        { """{"user": "SY", "flags": "TOKEN_BOGUS"}""", "", "TOKEN_BOGUS", "$.flags: unknown token flag 'TOKEN_BOGUS'" },
        { """{"user": "SY", "writeRestricted": false, "flags": "TOKEN_WRITE_RESTRICTED"}""", "", "\"TOKEN_WRITE_RESTRICTED\"",
            "$: 'writeRestricted' is false but 'flags' has TOKEN_WRITE_RESTRICTED" },
        { """{"user": "SY", "flags": "TOKEN_SANDBOX_INERT", "sandboxInert": false}""", "", "false",
            "$: 'sandboxInert' is false but 'flags' has TOKEN_SANDBOX_INERT" },

        // Integrity, policy.
        { """{"user": "SY", "integrityLevel": "Bogus"}""", "", "Bogus", "$.integrityLevel: unknown integrity level 'Bogus' (expected ..." },
        { """{"user": "SY", "integrityLevel": "S-1-5-18"}""", "", "S-1-5-18\"}", "$.integrityLevel: unknown integrity level 'S-1-5-18' ..." },
        { """{"user": "SY", "integrityLevel": 8192}""", "", "8192", "$.integrityLevel: expected an integrity level (a string), found a number" },
        { """{"user": "SY", "mandatoryPolicy": ["TOKEN_MANDATORY_POLICY_NO_WRITE_UP", "NEW_PROCESS_MIN"]}""", "", "NEW_PROCESS_MIN\"]",
            "$.mandatoryPolicy[1]: unknown mandatory policy flag 'NEW_PROCESS_MIN'" },

        // Owner, primary group, DACL.
        { """{"user": "SY", "groups": ["BA"], "owner": "WD"}""", "", "\"WD\"",
            "$.owner: owner must be the user or a group of the token that has SE_GROUP_OWNER; S-1-1-0 is neither (STATUS_INVALID_OWNER)" },
        { """{"user": "SY", "groups": ["BA"], "owner": "BA"}""", "\"owner\"", "\"BA\"",
            "$.owner: owner must be the user or a group of the token that has SE_GROUP_OWNER; S-1-5-32-544 is a group of the token without SE_GROUP_OWNER (STATUS_INVALID_OWNER)" },
        { """{"user": "SY", "owner": "S-1-5-"}""", "", "\"}", "$.owner: ..." },
        { """{"user": "SY", "primaryGroup": ["BA"]}""", "", "[\"BA\"]", "$.primaryGroup: expected the primary group SID (a string), found a list" },
        { """{"user": "SY", "defaultDacl": "D:(A;;GA;;;XX)"}""", "", "XX", "$.defaultDacl: ..." },
        { """{"user": "SY", "defaultDacl": "(A;;GA;;;XX)"}""", "", "XX", "$.defaultDacl: ..." },
        { """{"user": "SY", "defaultDacl": "O:SY"}""", "", "O:SY", "$.defaultDacl: the descriptor has no DACL (D:...)" },
        { """{"user": "SY", "defaultDacl": ""}""", "", "\"}", "$.defaultDacl: expected SDDL: a descriptor ..." },
        { """{"user": "SY", "defaultDacl": 0}""", "", "0}", "$.defaultDacl: expected SDDL (a string), found a number" },

        // Type, level, session, elevation.
        { """{"user": "SY", "type": "Bogus"}""", "", "Bogus", "$.type: unknown value 'Bogus' (expected Primary or Impersonation)" },
        { """{"user": "SY", "impersonationLevel": "Full"}""", "", "Full",
            "$.impersonationLevel: unknown value 'Full' (expected SecurityAnonymous, SecurityIdentification, SecurityImpersonation or SecurityDelegation)" },
        { """{"user": "SY", "impersonationLevel": 2}""", "", "2}", "$.impersonationLevel: expected SecurityAnonymous, SecurityIdentification, SecurityImpersonation or SecurityDelegation (a string), found a number" },
        { """{"user": "SY", "sessionId": "1"}""", "", "\"1\"", "$.sessionId: expected a session id (a number), found a string" },
        { """{"user": "SY", "sessionId": -1}""", "", "-1", "$.sessionId: expected a session id from 0 to 4294967295, found -1" },
        { """{"user": "SY", "elevationType": "Elevated"}""", "", "Elevated", "$.elevationType: unknown value 'Elevated' (expected Default, Full or Limited)" },

        // Not a token object.
        { """[{"user": "SY"}]""", "", "[", "$: expected a token object, found a list" },
        { "\"SY\"", "", "\"SY\"", "$: expected a token object, found a string" },
        { """  null""", "", "null", "$: expected a token object, found null" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Error_names_the_json_path_and_offset(string json, string after, string at, string message)
    {
        // TokenJson remarks: the offset counts characters; the message starts with the JSON path.
        Assert.False(TokenJson.TryParse(json, SddlContext.Default, out var token, out var error));
        Assert.Null(token);
        int from = after.Length == 0 ? 0 : json.IndexOf(after, StringComparison.Ordinal) + after.Length;
        int expected = json.IndexOf(at, from, StringComparison.Ordinal);
        Assert.True(expected >= 0, "bad test case: marker not found");
        AssertMessage(message, error.Message);
        Assert.Equal(expected, error.Offset);
        Assert.False(error.IsBinary);
        var ex = Assert.Throws<FormatErrorException>(() => TokenJson.Parse(json));
        Assert.Equal(error, ex.Error);
    }

    private static void AssertMessage(string expected, string actual)
    {
        if (expected.EndsWith("...", StringComparison.Ordinal))
        {
            Assert.StartsWith(expected[..^3], actual, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Invalid_owner_carries_status_invalid_owner()
    {
        // reactos.md 6.1; wine.md STI-09: STATUS_INVALID_OWNER.
        Assert.False(TokenJson.TryParse("""{"user": "SY", "owner": "BA"}""", SddlContext.Default, out _, out var error));
        Assert.Equal(NtStatus.STATUS_INVALID_OWNER, error.Status);
        Assert.StartsWith("$.owner: owner must be the user or a group of the token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_string_errors_point_at_the_opening_quote()
    {
        // The unescaped text's positions do not map onto the JSON text, so the quote is named.
        string json = """{"user": "SY", "privileges": ["Se\u0042ogus"]}""";
        Assert.False(TokenJson.TryParse(json, SddlContext.Default, out _, out var error));
        Assert.Equal("$.privileges[0]: unknown privilege 'SeBogus'", error.Message);
        Assert.Equal(json.IndexOf("\"Se", StringComparison.Ordinal), error.Offset);
    }

    [Fact]
    public void Acl_only_dacl_errors_point_into_the_json_string()
    {
        // The "D:" the reader puts before an ACL-only value is not counted.
        string json = """{"user": "SY", "defaultDacl": "(A;;GA;;;SY)(Q;;GA;;;SY)"}""";
        Assert.False(TokenJson.TryParse(json, SddlContext.Default, out _, out var error));
        Assert.StartsWith("$.defaultDacl: ", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Offset, json.IndexOf("(Q", StringComparison.Ordinal), json.IndexOf("(Q", StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Offsets_count_characters_not_utf8_bytes()
    {
        // "é" is two UTF-8 bytes and one character; "😀" is four bytes and two characters.
        string json = "{\"user\": \"SY\", \"defaultDacl\": \"D:(A;;GA;;;SY)\", \"é😀\": 1}";
        Assert.False(TokenJson.TryParse(json, SddlContext.Default, out _, out var error));
        Assert.Equal("$: unknown property 'é😀' (expected user, groups, privileges, restrictedSids, writeRestricted, integrityLevel, mandatoryPolicy, owner, primaryGroup, defaultDacl, type, impersonationLevel, sessionId, elevationType, flags, sandboxInert)", error.Message);
        Assert.Equal(json.IndexOf("\"é", StringComparison.Ordinal), error.Offset);

        // Non-ASCII text before the error: an unterminated string is reported at its end.
        string unterminated = "{\"user\": \"SY\", \"groups\": [\"é😀\u00e9";
        Assert.False(TokenJson.TryParse(unterminated, SddlContext.Default, out _, out error));
        Assert.StartsWith("$: malformed JSON at line 1, byte 36 of the line: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(unterminated.Length, error.Offset); // 35 bytes, 31 characters

        // A byte order mark is one character and three bytes.
        string bom = "\uFEFF{\"user\": \"XX\"}";
        Assert.False(TokenJson.TryParse(bom, SddlContext.Default, out _, out error));
        Assert.Equal(bom.IndexOf("XX", StringComparison.Ordinal), error.Offset);

        string bomMalformed = "\uFEFF{\"user\": \"SY\",}";
        Assert.False(TokenJson.TryParse(bomMalformed, SddlContext.Default, out _, out error));
        Assert.StartsWith("$: malformed JSON at line 1, byte 15 of the line: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(bomMalformed.IndexOf('}'), error.Offset);
    }

    [Fact]
    public void Malformed_json_gives_line_and_position()
    {
        string json = "{\n  \"user\": \"SY\",\n  \"groups\": [\"WD\",]\n}";
        Assert.False(TokenJson.TryParse(json, SddlContext.Default, out _, out var error));
        Assert.StartsWith("$: malformed JSON at line 3, byte ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.Equal(json.IndexOf(",]", StringComparison.Ordinal) + 1, error.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"user\": \"SY\"")]
    [InlineData("{\"user\": \"SY\",}")]
    [InlineData("{\"user\": \"SY\"} x")]
    [InlineData("{\"user\": \"SY\"} {}")]
    [InlineData("{\"user\": 'SY'}")]
    [InlineData("{\"user\": \"SY\" /* c */}")]
    [InlineData("{\"user\": \"S\u0001Y\"}")]
    public void Malformed_json_is_a_parse_error(string json)
    {
        Assert.False(TokenJson.TryParse(json, SddlContext.Default, out _, out var error));
        Assert.StartsWith("$: malformed JSON at line 1, byte ", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Offset, 0, json.Length);
    }

    [Fact]
    public void Lone_surrogate_escape_is_a_parse_error()
    {
        string json = """{"user": "\uD800"}""";
        Assert.False(TokenJson.TryParse(json, SddlContext.Default, out _, out var error));
        Assert.StartsWith("$", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatErrorException>(() => TokenJson.Parse(json));
    }

    [Fact]
    public void At_most_4096_groups()
    {
        // Limits (TokenJson.MaxEntries): absurd input fails with a clear error.
        string Groups(int n) => "{\"user\": \"SY\", \"groups\": [" + string.Join(", ", Enumerable.Repeat("\"WD\"", n)) + "]}";
        Assert.Equal(4096, TokenJson.Parse(Groups(4096)).Groups.Length);
        string json = Groups(4097);
        Assert.False(TokenJson.TryParse(json, SddlContext.Default, out _, out var error));
        Assert.Equal("$.groups: more than 4096 groups", error.Message);
        Assert.Equal(json.LastIndexOf("\"WD\"", StringComparison.Ordinal), error.Offset);
    }

    [Fact]
    public void At_most_4096_restricting_sids_and_privilege_entries()
    {
        string restricted = "{\"user\": \"SY\", \"restrictedSids\": [" + string.Join(",", Enumerable.Repeat("\"WD\"", 4097)) + "]}";
        Assert.False(TokenJson.TryParse(restricted, SddlContext.Default, out _, out var error));
        Assert.Equal("$.restrictedSids: more than 4096 restricting SIDs", error.Message);

        // Only 35 privileges exist, so a long list fails as a repeat long before the limit.
        string privileges = "{\"user\": \"SY\", \"privileges\": [" + string.Join(",", Enumerable.Repeat("\"SeDebugPrivilege\"", 5000)) + "]}";
        Assert.False(TokenJson.TryParse(privileges, SddlContext.Default, out _, out error));
        Assert.StartsWith("$.privileges[1]: privilege 'SeDebugPrivilege' is listed twice", error.Message, StringComparison.Ordinal);

        string attributes = "{\"user\": \"SY\", \"groups\": [{\"sid\": \"WD\", \"attributes\": [" + string.Join(",", Enumerable.Repeat("4", 4097)) + "]}]}";
        Assert.False(TokenJson.TryParse(attributes, SddlContext.Default, out _, out error));
        Assert.Equal("$.groups[0].attributes: more than 4096 entries", error.Message);
    }

    [Fact]
    public void Text_over_4_mib_is_refused_before_reading()
    {
        string json = "{\"user\": \"SY\"}" + new string(' ', TokenJson.MaxTextBytes);
        Assert.False(TokenJson.TryParse(json, SddlContext.Default, out _, out var error));
        Assert.Equal("$: the JSON text is larger than 4194304 bytes (4 MiB)", error.Message);

        // Counted in UTF-8 bytes: 1.5 Mi three-byte characters are 4.5 MiB.
        string wide = "{\"user\": \"SY\", \"x\": \"" + new string('€', 3 * 512 * 1024) + "\"}";
        Assert.False(TokenJson.TryParse(wide, SddlContext.Default, out _, out error));
        Assert.Equal("$: the JSON text is larger than 4194304 bytes (4 MiB)", error.Message);
    }

    [Fact]
    public void Deep_nesting_fails_at_once()
    {
        // A shape the format does not have is refused at its first level; no value nests deeper
        // than 16 (TokenJson.MaxDepth) however deep the text would go.
        string json = "{\"user\": \"SY\", \"groups\": [" + new string('[', 100_000) + new string(']', 100_000) + "]}";
        Assert.False(TokenJson.TryParse(json, SddlContext.Default, out _, out var error));
        Assert.StartsWith("$.groups[0]: expected a group SID", error.Message, StringComparison.Ordinal);

        string deep = "{\"user\": \"SY\", \"groups\": [{\"sid\": \"WD\", \"attributes\": " + new string('[', 20) + new string(']', 20) + "}]}";
        Assert.False(TokenJson.TryParse(deep, SddlContext.Default, out _, out error));
        Assert.StartsWith("$.groups[0].attributes[0]: expected a group attribute name or number, found a list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_element_nested_too_deep_is_refused()
    {
        // The element's text is re-read with MaxDepth 16.
        string inner = new string('[', 30) + new string(']', 30);
        using var doc = JsonDocument.Parse("{\"token\": {\"user\": \"SY\", \"groups\": " + inner + "}}");
        Assert.False(TokenJson.TryParse(doc.RootElement.GetProperty("token"), SddlContext.Default, out _, out var error));
        Assert.StartsWith("$.groups[0]: expected a group SID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_throws_only_format_errors_for_any_truncation_or_byte_change()
    {
        // DESIGN.md error model 4: bad input never crashes; Parse throws FormatErrorException only.
        string text = TokenJsonParseTests.ContractExample;
        for (int i = 0; i <= text.Length; i++)
        {
            ParseOrFormatError(text[..i]);
        }

        var random = new Random(1234);
        const string alphabet = "{}[]\",:0123456789 \\uSxX|-ABGDae\u00e9\ud83d";
        for (int n = 0; n < 3000; n++)
        {
            var sb = new StringBuilder(text);
            for (int k = random.Next(1, 4); k > 0; k--)
            {
                sb[random.Next(sb.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            ParseOrFormatError(sb.ToString());
        }
    }

    private static void ParseOrFormatError(string json)
    {
        try
        {
            TokenJson.Parse(json);
        }
        catch (FormatErrorException ex)
        {
            Assert.InRange(ex.Offset, 0, json.Length);
            Assert.StartsWith("$", ex.Error.Message, StringComparison.Ordinal);
        }
    }
}
