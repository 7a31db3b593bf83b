using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using NtSec.AccessControl;
using NtSec.AccessControl.Sddl;
using NtSec.Principals;
using NtSec.Status;

namespace NtSec.Tokens.Json;

/// <summary>
/// Reads token JSON (see <see cref="TokenJson"/>) token by token with <see cref="Utf8JsonReader"/>,
/// so every error can name its position. Positions are kept as UTF-8 byte offsets while reading
/// and turned into character offsets only when an error is reported.
/// </summary>
internal sealed class TokenJsonReader
{
    /// <summary>A bare group or restricting SID: SE_GROUP_MANDATORY|SE_GROUP_ENABLED_BY_DEFAULT|SE_GROUP_ENABLED.</summary>
    internal const GroupAttributes BareGroupAttributes =
        GroupAttributes.SE_GROUP_MANDATORY | GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT | GroupAttributes.SE_GROUP_ENABLED;

    /// <summary>A bare privilege name: SE_PRIVILEGE_ENABLED|SE_PRIVILEGE_ENABLED_BY_DEFAULT.</summary>
    internal const PrivilegeAttributes BarePrivilegeAttributes =
        PrivilegeAttributes.SE_PRIVILEGE_ENABLED | PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT;

    private static readonly string[] RootProperties =
    [
        "user", "groups", "privileges", "restrictedSids", "writeRestricted", "integrityLevel", "mandatoryPolicy",
        "owner", "primaryGroup", "defaultDacl", "type", "impersonationLevel", "sessionId", "elevationType", "flags",
        "sandboxInert",
    ];

    private static readonly (string Name, TokenType Value)[] TokenTypes =
    [
        ("Primary", TokenType.TokenPrimary), ("TokenPrimary", TokenType.TokenPrimary),
        ("Impersonation", TokenType.TokenImpersonation), ("TokenImpersonation", TokenType.TokenImpersonation),
    ];

    private static readonly (string Name, SecurityImpersonationLevel Value)[] ImpersonationLevels =
    [
        ("SecurityAnonymous", SecurityImpersonationLevel.SecurityAnonymous),
        ("Anonymous", SecurityImpersonationLevel.SecurityAnonymous),
        ("SecurityIdentification", SecurityImpersonationLevel.SecurityIdentification),
        ("Identification", SecurityImpersonationLevel.SecurityIdentification),
        ("SecurityImpersonation", SecurityImpersonationLevel.SecurityImpersonation),
        ("Impersonation", SecurityImpersonationLevel.SecurityImpersonation),
        ("SecurityDelegation", SecurityImpersonationLevel.SecurityDelegation),
        ("Delegation", SecurityImpersonationLevel.SecurityDelegation),
    ];

    private static readonly (string Name, TokenElevationType Value)[] ElevationTypes =
    [
        ("Default", TokenElevationType.TokenElevationTypeDefault),
        ("TokenElevationTypeDefault", TokenElevationType.TokenElevationTypeDefault),
        ("Full", TokenElevationType.TokenElevationTypeFull),
        ("TokenElevationTypeFull", TokenElevationType.TokenElevationTypeFull),
        ("Limited", TokenElevationType.TokenElevationTypeLimited),
        ("TokenElevationTypeLimited", TokenElevationType.TokenElevationTypeLimited),
    ];

    private readonly byte[] _utf8;
    private readonly SddlContext _context;

    /// <summary>3 when the text starts with a byte order mark, which the reader is not shown; else 0.</summary>
    private readonly int _start;
    private ParseError _error;

    private TokenJsonReader(byte[] utf8, SddlContext context)
    {
        _utf8 = utf8;
        _context = context;

        // JsonDocument skips a leading U+FEFF; Utf8JsonReader does not.
        _start = utf8.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
    }

    /// <summary>Parses <paramref name="json"/>; error offsets count characters into it.</summary>
    public static bool TryRead(string json, SddlContext context, [NotNullWhen(true)] out TokenState? token, out ParseError error)
    {
        token = null;

        // Every char is at least one UTF-8 byte, so the length check alone rejects the huge.
        if (json.Length > TokenJson.MaxTextBytes || Encoding.UTF8.GetByteCount(json) > TokenJson.MaxTextBytes)
        {
            error = new ParseError(0, $"$: the JSON text is larger than {TokenJson.MaxTextBytes} bytes (4 MiB)");
            return false;
        }

        var reader = new TokenJsonReader(Encoding.UTF8.GetBytes(json), context);
        if (reader.TryReadDocument(out token))
        {
            error = default;
            return true;
        }

        token = null;
        error = reader._error;
        return false;
    }

    /// <summary>"a string", "an object", ... for messages.</summary>
    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    private bool TryReadDocument([NotNullWhen(true)] out TokenState? token)
    {
        token = null;
        var reader = new Utf8JsonReader(_utf8.AsSpan(_start), new JsonReaderOptions
        {
            MaxDepth = TokenJson.MaxDepth,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        try
        {
            reader.Read(); // throws on empty input
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return Fail(reader.TokenStartIndex, "$", $"expected a token object, found {Describe(reader.TokenType)}");
            }

            if (!TryReadToken(ref reader, out token))
            {
                return false;
            }

            // Trailing content other than blanks makes Read throw; a second value never returns true.
            return !reader.Read() || Fail(reader.TokenStartIndex, "$", "unexpected content after the token object");
        }
        catch (JsonException ex)
        {
            token = null;
            return Malformed(ex);
        }
        catch (InvalidOperationException ex)
        {
            // GetString on a string whose escapes make invalid UTF-16 (a lone "\uD800").
            token = null;
            return Fail(reader.TokenStartIndex, "$", $"malformed JSON string: {ex.Message}");
        }
    }

    private bool TryReadToken(ref Utf8JsonReader r, [NotNullWhen(true)] out TokenState? token)
    {
        token = null;
        long objectAt = r.TokenStartIndex;
        var seen = new bool[RootProperties.Length];
        SidAndAttributes? user = null;
        var groups = ImmutableArray<SidAndAttributes>.Empty;
        var privileges = ImmutableArray<LuidAndAttributes>.Empty;
        var restricted = ImmutableArray<SidAndAttributes>.Empty;
        bool? writeRestricted = null, sandboxInert = null;
        long writeRestrictedAt = 0, sandboxInertAt = 0;
        Sid integrity = IntegrityLevel.Medium.ToSid();
        var policy = TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_NO_WRITE_UP;
        Sid? owner = null, primaryGroup = null;
        long ownerAt = 0;
        Acl? dacl = null;
        var type = TokenType.TokenImpersonation;
        var level = SecurityImpersonationLevel.SecurityImpersonation;
        uint sessionId = 0;
        var elevation = TokenElevationType.TokenElevationTypeDefault;
        var flags = TokenFlags.None;
        long flagsAt = 0;

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            string name = r.GetString()!;
            long nameAt = r.TokenStartIndex;
            int index = Array.IndexOf(RootProperties, name);
            if (index < 0)
            {
                return Fail(nameAt, "$", $"unknown property '{name}' (expected {string.Join(", ", RootProperties)})");
            }

            if (seen[index])
            {
                return Fail(nameAt, "$", $"duplicate property '{name}'");
            }

            seen[index] = true;
            string path = "$." + name;
            r.Read();
            long valueAt = r.TokenStartIndex;
            bool ok;
            switch (name)
            {
                case "user":
                    ok = TryReadSidEntry(ref r, path, "the user", 0, out user);
                    break;
                case "groups":
                    ok = TryReadSidList(ref r, path, "groups", isGroups: true, out groups);
                    break;
                case "privileges":
                    ok = TryReadPrivileges(ref r, path, out privileges);
                    break;
                case "restrictedSids":
                    ok = TryReadSidList(ref r, path, "restricting SIDs", isGroups: false, out restricted);
                    break;
                case "writeRestricted":
                    writeRestrictedAt = valueAt;
                    ok = TryReadBool(ref r, path, out bool wr);
                    writeRestricted = wr;
                    break;
                case "sandboxInert":
                    sandboxInertAt = valueAt;
                    ok = TryReadBool(ref r, path, out bool si);
                    sandboxInert = si;
                    break;
                case "integrityLevel":
                    ok = TryReadIntegrityLevel(ref r, path, out var label);
                    integrity = label ?? integrity;
                    break;
                case "mandatoryPolicy":
                    ok = TryReadFlags<TokenMandatoryPolicy>(ref r, path, "mandatory policy flag", out uint p);
                    policy = (TokenMandatoryPolicy)p;
                    break;
                case "owner":
                    ownerAt = valueAt;
                    ok = TryReadSid(ref r, path, "the owner", out owner);
                    break;
                case "primaryGroup":
                    ok = TryReadSid(ref r, path, "the primary group", out primaryGroup);
                    break;
                case "defaultDacl":
                    ok = TryReadDefaultDacl(ref r, path, out dacl);
                    break;
                case "type":
                    ok = TryReadKeyword(ref r, path, TokenTypes, "Primary or Impersonation", out type);
                    break;
                case "impersonationLevel":
                    ok = TryReadKeyword(ref r, path, ImpersonationLevels,
                        "SecurityAnonymous, SecurityIdentification, SecurityImpersonation or SecurityDelegation", out level);
                    break;
                case "sessionId":
                    ok = TryReadUInt32(ref r, path, "a session id", out sessionId);
                    break;
                case "elevationType":
                    ok = TryReadKeyword(ref r, path, ElevationTypes, "Default, Full or Limited", out elevation);
                    break;
                default: // "flags"
                    flagsAt = valueAt;
                    ok = TryReadFlags<TokenFlags>(ref r, path, "token flag", out uint f);
                    flags = (TokenFlags)f & ~TokenFlags.TOKEN_IS_RESTRICTED; // it follows restrictedSids (TokenJson remarks)
                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        if (user is null)
        {
            return Fail(objectAt, "$", "missing required property 'user'");
        }

        if (!TryCombineFlag(ref flags, TokenFlags.TOKEN_WRITE_RESTRICTED, writeRestricted, writeRestrictedAt, flagsAt, "writeRestricted")
            || !TryCombineFlag(ref flags, TokenFlags.TOKEN_SANDBOX_INERT, sandboxInert, sandboxInertAt, flagsAt, "sandboxInert"))
        {
            return false;
        }

        if (owner is not null && !IsAssignableOwner(owner, user, groups))
        {
            // reactos.md 6.1 (SepFindPrimaryGroupAndDefaultOwner), wine.md STI-09: the user, or a
            // group with SE_GROUP_OWNER; anything else is STATUS_INVALID_OWNER.
            string why = groups.Any(g => g.Sid == owner)
                ? $"{owner} is a group of the token without SE_GROUP_OWNER"
                : $"{owner} is neither";
            return Fail(ownerAt, "$.owner", $"owner must be the user or a group of the token that has SE_GROUP_OWNER; {why} (STATUS_INVALID_OWNER)",
                NtStatus.STATUS_INVALID_OWNER);
        }

        token = new TokenStateBuilder(user.Sid)
        {
            User = user,
            Groups = groups,
            Privileges = privileges,
            RestrictedSids = restricted,
            IntegrityLevel = integrity,
            MandatoryPolicy = policy,
            Owner = owner ?? user.Sid,
            PrimaryGroup = primaryGroup ?? user.Sid,
            DefaultDacl = dacl,
            Type = type,
            ImpersonationLevel = level,
            SessionId = sessionId,
            ElevationType = elevation,
            Flags = flags,
        }.Build();
        return true;
    }

    private static bool IsAssignableOwner(Sid owner, SidAndAttributes user, ImmutableArray<SidAndAttributes> groups)
    {
        if (owner == user.Sid)
        {
            return true;
        }

        foreach (var g in groups)
        {
            if (g.Sid == owner && (g.Attributes & GroupAttributes.SE_GROUP_OWNER) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool TryCombineFlag(ref TokenFlags flags, TokenFlags flag, bool? value, long valueAt, long flagsAt, string property)
    {
        if (value == true)
        {
            flags |= flag;
        }
        else if (value == false && (flags & flag) != 0)
        {
            return Fail(Math.Max(valueAt, flagsAt), "$", $"'{property}' is false but 'flags' has {flag}");
        }

        return true;
    }

    // ---- lists -------------------------------------------------------------------------------

    private bool TryReadSidList(ref Utf8JsonReader r, string path, string what, bool isGroups, out ImmutableArray<SidAndAttributes> list)
    {
        list = [];
        if (r.TokenType != JsonTokenType.StartArray)
        {
            return Fail(r.TokenStartIndex, path, $"expected a list of {what}, found {Describe(r.TokenType)}");
        }

        var builder = ImmutableArray.CreateBuilder<SidAndAttributes>();
        for (int i = 0; r.Read() && r.TokenType != JsonTokenType.EndArray; i++)
        {
            long at = r.TokenStartIndex;
            if (i == TokenJson.MaxEntries)
            {
                return Fail(at, path, $"more than {TokenJson.MaxEntries} {what}");
            }

            string itemPath = Item(path, i);
            if (!TryReadSidEntry(ref r, itemPath, isGroups ? "a group SID" : "a restricting SID", BareGroupAttributes, out var entry))
            {
                return false;
            }

            if (isGroups && IntegrityLevels.IsLabelSid(entry.Sid))
            {
                return Fail(at, itemPath, $"{entry.Sid} is an integrity label; give it as 'integrityLevel', not as a group");
            }

            builder.Add(entry);
        }

        list = builder.DrainToImmutable();
        return true;
    }

    /// <summary>A SID string, or an object {"sid", "attributes"}.</summary>
    private bool TryReadSidEntry(ref Utf8JsonReader r, string path, string what, GroupAttributes defaultAttributes,
        [NotNullWhen(true)] out SidAndAttributes? entry)
    {
        entry = null;
        if (r.TokenType == JsonTokenType.String)
        {
            if (!TryReadSid(ref r, path, what, out var bare))
            {
                return false;
            }

            entry = new SidAndAttributes(bare, defaultAttributes);
            return true;
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            return Fail(r.TokenStartIndex, path, $"expected {what} (a SID string, or an object with \"sid\" and \"attributes\"), found {Describe(r.TokenType)}");
        }

        long objectAt = r.TokenStartIndex;
        Sid? sid = null;
        uint attributes = (uint)defaultAttributes;
        bool seenAttributes = false;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            string name = r.GetString()!;
            long nameAt = r.TokenStartIndex;
            r.Read();
            switch (name)
            {
                case "sid" when sid is null:
                    if (!TryReadSid(ref r, path + ".sid", what, out sid))
                    {
                        return false;
                    }

                    break;
                case "attributes" when !seenAttributes:
                    seenAttributes = true;
                    if (!TryReadFlags<GroupAttributes>(ref r, path + ".attributes", "group attribute", out attributes))
                    {
                        return false;
                    }

                    break;
                case "sid" or "attributes":
                    return Fail(nameAt, path, $"duplicate property '{name}'");
                default:
                    return Fail(nameAt, path, $"unknown property '{name}' (expected sid, attributes)");
            }
        }

        if (sid is null)
        {
            return Fail(objectAt, path, "missing required property 'sid'");
        }

        entry = new SidAndAttributes(sid, (GroupAttributes)attributes);
        return true;
    }

    private bool TryReadPrivileges(ref Utf8JsonReader r, string path, out ImmutableArray<LuidAndAttributes> list)
    {
        list = [];
        if (r.TokenType != JsonTokenType.StartArray)
        {
            return Fail(r.TokenStartIndex, path, $"expected a list of privileges, found {Describe(r.TokenType)}");
        }

        var builder = ImmutableArray.CreateBuilder<LuidAndAttributes>();
        var firstIndex = new Dictionary<Luid, int>();
        for (int i = 0; r.Read() && r.TokenType != JsonTokenType.EndArray; i++)
        {
            long at = r.TokenStartIndex;
            if (i == TokenJson.MaxEntries)
            {
                return Fail(at, path, $"more than {TokenJson.MaxEntries} privileges");
            }

            string itemPath = Item(path, i);
            if (!TryReadPrivilege(ref r, itemPath, out var privilege, out var attributes))
            {
                return false;
            }

            if (!firstIndex.TryAdd(privilege.Luid, i))
            {
                return Fail(at, itemPath, $"privilege '{privilege.Name}' is listed twice (first at {Item(path, firstIndex[privilege.Luid])})");
            }

            builder.Add(new LuidAndAttributes(privilege.Luid, attributes));
        }

        list = builder.DrainToImmutable();
        return true;
    }

    /// <summary>A privilege name, or an object {"name", "attributes"}.</summary>
    private bool TryReadPrivilege(ref Utf8JsonReader r, string path, [NotNullWhen(true)] out Privilege? privilege, out PrivilegeAttributes attributes)
    {
        privilege = null;
        attributes = BarePrivilegeAttributes;
        if (r.TokenType == JsonTokenType.String)
        {
            return TryReadPrivilegeName(ref r, path, out privilege);
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            return Fail(r.TokenStartIndex, path, $"expected a privilege (a name, or an object with \"name\" and \"attributes\"), found {Describe(r.TokenType)}");
        }

        long objectAt = r.TokenStartIndex;
        bool seenAttributes = false;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            string name = r.GetString()!;
            long nameAt = r.TokenStartIndex;
            r.Read();
            switch (name)
            {
                case "name" when privilege is null:
                    if (!TryReadPrivilegeName(ref r, path + ".name", out privilege))
                    {
                        return false;
                    }

                    break;
                case "attributes" when !seenAttributes:
                    seenAttributes = true;
                    if (!TryReadFlags<PrivilegeAttributes>(ref r, path + ".attributes", "privilege attribute", out uint bits))
                    {
                        return false;
                    }

                    attributes = (PrivilegeAttributes)bits;
                    break;
                case "name" or "attributes":
                    return Fail(nameAt, path, $"duplicate property '{name}'");
                default:
                    return Fail(nameAt, path, $"unknown property '{name}' (expected name, attributes)");
            }
        }

        return privilege is not null || Fail(objectAt, path, "missing required property 'name'");
    }

    private bool TryReadPrivilegeName(ref Utf8JsonReader r, string path, [NotNullWhen(true)] out Privilege? privilege)
    {
        privilege = null;
        if (!TryReadString(ref r, path, "a privilege name", out string text))
        {
            return false;
        }

        return PrivilegeTable.TryGetByName(text, out privilege)
            || FailInString(ref r, 0, path, $"unknown privilege '{text}'");
    }

    // ---- scalars -----------------------------------------------------------------------------

    private bool TryReadString(ref Utf8JsonReader r, string path, string what, out string text)
    {
        text = "";
        if (r.TokenType != JsonTokenType.String)
        {
            return Fail(r.TokenStartIndex, path, $"expected {what} (a string), found {Describe(r.TokenType)}");
        }

        text = r.GetString()!;
        return true;
    }

    private bool TryReadSid(ref Utf8JsonReader r, string path, string what, [NotNullWhen(true)] out Sid? sid)
    {
        sid = null;
        if (!TryReadString(ref r, path, what + " SID", out string text))
        {
            return false;
        }

        if (_context.TryParseSid(text, 0, out sid, out var error))
        {
            return true;
        }

        return FailInString(ref r, error.Offset, path, error.Message);
    }

    private bool TryReadBool(ref Utf8JsonReader r, string path, out bool value)
    {
        value = r.TokenType == JsonTokenType.True;
        return r.TokenType is JsonTokenType.True or JsonTokenType.False
            || Fail(r.TokenStartIndex, path, $"expected true or false, found {Describe(r.TokenType)}");
    }

    private bool TryReadUInt32(ref Utf8JsonReader r, string path, string what, out uint value)
    {
        value = 0;
        if (r.TokenType != JsonTokenType.Number)
        {
            return Fail(r.TokenStartIndex, path, $"expected {what} (a number), found {Describe(r.TokenType)}");
        }

        return r.TryGetUInt32(out value)
            || Fail(r.TokenStartIndex, path, $"expected {what} from 0 to {uint.MaxValue}, found {Encoding.UTF8.GetString(r.ValueSpan)}");
    }

    private bool TryReadIntegrityLevel(ref Utf8JsonReader r, string path, [NotNullWhen(true)] out Sid? sid)
    {
        sid = null;
        if (!TryReadString(ref r, path, "an integrity level", out string text))
        {
            return false;
        }

        return IntegrityLevels.TryParse(text, out sid)
            || FailInString(ref r, 0, path, $"unknown integrity level '{text}' (expected Untrusted, Low, Medium, MediumPlus, High, System, LW, ME, MP, HI, SI or S-1-16-RID)");
    }

    private bool TryReadKeyword<T>(ref Utf8JsonReader r, string path, (string Name, T Value)[] table, string expected, out T value)
        where T : struct, Enum
    {
        value = default;
        if (!TryReadString(ref r, path, expected, out string text))
        {
            return false;
        }

        foreach (var (name, v) in table)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }

        return FailInString(ref r, 0, path, $"unknown value '{text}' (expected {expected})");
    }

    private bool TryReadDefaultDacl(ref Utf8JsonReader r, string path, out Acl? dacl)
    {
        dacl = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (!TryReadString(ref r, path, "SDDL", out string text))
        {
            return false;
        }

        var body = text.AsSpan().TrimStart();
        if (body.IsEmpty)
        {
            return FailInString(ref r, 0, path, "expected SDDL: a descriptor (\"D:(A;;GA;;;SY)\") or an ACL (\"(A;;GA;;;SY)\")");
        }

        // A descriptor starts with a section (O:, G:, D:, S:); anything else is taken as an ACL.
        bool isDescriptor = body.Length >= 2 && body[1] == ':' && body[0] is 'O' or 'G' or 'D' or 'S';
        string sddl = isDescriptor ? text : "D:" + text;
        int shift = isDescriptor ? 0 : 2;
        if (!SecurityDescriptor.TryParseSddl(sddl, _context, out var descriptor, out var error))
        {
            return FailInString(ref r, Math.Max(0, error.Offset - shift), path, error.Message);
        }

        if (!descriptor.DaclPresent)
        {
            return FailInString(ref r, 0, path, "the descriptor has no DACL (D:...)");
        }

        dacl = descriptor.Dacl; // D:NO_ACCESS_CONTROL: no default DACL
        return true;
    }

    /// <summary>Flags as a "|"-joined string, a JSON number, or a list of either.</summary>
    private bool TryReadFlags<TEnum>(ref Utf8JsonReader r, string path, string kind, out uint value)
        where TEnum : struct, Enum
    {
        value = 0;
        switch (r.TokenType)
        {
            case JsonTokenType.String:
                return TryParseFlagString<TEnum>(ref r, path, kind, out value);
            case JsonTokenType.Number:
                return TryReadUInt32(ref r, path, $"a {kind} number", out value);
            case JsonTokenType.StartArray:
                for (int i = 0; r.Read() && r.TokenType != JsonTokenType.EndArray; i++)
                {
                    if (i == TokenJson.MaxEntries)
                    {
                        return Fail(r.TokenStartIndex, path, $"more than {TokenJson.MaxEntries} entries");
                    }

                    string itemPath = Item(path, i);
                    uint bits;
                    bool ok = r.TokenType switch
                    {
                        JsonTokenType.String => TryParseFlagString<TEnum>(ref r, itemPath, kind, out bits),
                        JsonTokenType.Number => TryReadUInt32(ref r, itemPath, $"a {kind} number", out bits),
                        _ => Unset(out bits) || Fail(r.TokenStartIndex, itemPath, $"expected a {kind} name or number, found {Describe(r.TokenType)}"),
                    };
                    if (!ok)
                    {
                        return false;
                    }

                    value |= bits;
                }

                return true;
            default:
                return Fail(r.TokenStartIndex, path, $"expected {kind}s (a name, \"|\"-joined names, a list of names, or a number), found {Describe(r.TokenType)}");
        }
    }

    private static bool Unset(out uint bits)
    {
        bits = 0;
        return false;
    }

    private bool TryParseFlagString<TEnum>(ref Utf8JsonReader r, string path, string kind, out uint value)
        where TEnum : struct, Enum
    {
        value = 0;
        string text = r.GetString()!;
        if (text.Length == 0)
        {
            return FailInString(ref r, 0, path, $"expected {kind}s or a number, found an empty string");
        }

        int start = 0;
        while (true)
        {
            int bar = text.IndexOf('|', start);
            int end = bar < 0 ? text.Length : bar;
            var raw = text.AsSpan(start, end - start);
            var part = raw.Trim();
            int partAt = start + (raw.Length - raw.TrimStart().Length);
            if (part.IsEmpty)
            {
                return FailInString(ref r, partAt, path, $"expected a {kind} name or a number");
            }

            if (!SdkFlags.TryParse<TEnum>(part.ToString(), out var bits, out _))
            {
                string message = char.IsAsciiDigit(part[0])
                    ? $"'{part}' is not a valid {kind} number (32 bits, decimal or 0x hex)"
                    : $"unknown {kind} '{part}'";
                return FailInString(ref r, partAt, path, message);
            }

            value |= Unsafe.BitCast<TEnum, uint>(bits);
            if (bar < 0)
            {
                return true;
            }

            start = bar + 1;
        }
    }

    // ---- errors ------------------------------------------------------------------------------

    private static string Item(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    private bool Fail(long byteOffset, string path, string message, NtStatus status = NtStatus.STATUS_INVALID_PARAMETER)
    {
        _error = new ParseError(CharOffset(byteOffset), $"{path}: {message}", Status: status);
        return false;
    }

    /// <summary>
    /// Fails at <paramref name="inner"/> characters into the current string token's value; when
    /// the string has escapes the value's characters do not map to the text, so the opening quote is named.
    /// </summary>
    private bool FailInString(ref Utf8JsonReader r, int inner, string path, string message)
    {
        int at = CharOffset(r.TokenStartIndex);
        at += r.ValueIsEscaped ? 0 : 1 + inner;
        _error = new ParseError(at, $"{path}: {message}");
        return false;
    }

    /// <summary>The character offset of a reader position (which does not count a byte order mark).</summary>
    private int CharOffset(long readerOffset) =>
        Encoding.UTF8.GetCharCount(_utf8, 0, (int)Math.Clamp(readerOffset + _start, 0, _utf8.Length));

    private bool Malformed(JsonException ex)
    {
        long line = ex.LineNumber ?? 0;
        long column = ex.BytePositionInLine ?? 0;
        int at = _start;
        for (long l = 0; l < line && at < _utf8.Length; l++)
        {
            int newline = Array.IndexOf(_utf8, (byte)'\n', at);
            at = newline < 0 ? _utf8.Length : newline + 1;
        }

        long offset = Math.Min(at + column, _utf8.Length);
        string reason = ex.Message;
        int cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            reason = reason[..cut];
        }

        return Fail(offset - _start, "$", string.Create(CultureInfo.InvariantCulture,
            $"malformed JSON at line {line + 1}, byte {column + 1} of the line: {reason}"));
    }
}
