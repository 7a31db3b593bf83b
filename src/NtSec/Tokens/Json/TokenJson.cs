using System.Text.Json;
using NtSec.AccessControl.Sddl;

namespace NtSec.Tokens.Json;

/// <summary>
/// The token JSON format of the command-line contract (CONTRACT.md "Token JSON"): a token file
/// for <c>ntsec check --token</c>, an inline token object in a <c>ntsec check --batch</c> line, or
/// <c>token:</c> in a scenario. Read with <see cref="TryParse(string, SddlContext, out TokenState?, out ParseError)"/>,
/// written with <see cref="Format"/>.
/// </summary>
/// <remarks>
/// <para>Properties (names are case-sensitive; an unknown or repeated property is an error that names it):</para>
/// <list type="bullet">
/// <item><c>user</c> (required): a SID, as "S-1-..." or an SDDL alias ("SY", "BA"; domain-relative
/// aliases need a domain SID in the <see cref="SddlContext"/>). It may also be an object
/// <c>{"sid", "attributes"}</c> for a user made deny-only by filtering; the user's attributes default to 0.</item>
/// <item><c>groups</c>: a list; a bare SID string has SE_GROUP_MANDATORY|SE_GROUP_ENABLED_BY_DEFAULT|SE_GROUP_ENABLED
/// (0x7); an object <c>{"sid", "attributes"}</c> has exactly the attributes given (0x7 when
/// <c>attributes</c> is left out). Attributes are stored as written: unlike NtCreateToken, nothing
/// is forced on for SE_GROUP_MANDATORY groups. A label SID (S-1-16-x) is refused here: it belongs
/// in <c>integrityLevel</c>. The same SID may appear twice; the first occurrence governs access
/// checks, as a scan of a real token's group array would find it.</item>
/// <item><c>privileges</c>: a list; a bare name (LookupPrivilegeValue's names, any case) is
/// enabled and enabled by default, SE_PRIVILEGE_ENABLED|SE_PRIVILEGE_ENABLED_BY_DEFAULT (0x3), as a
/// logon gives SeChangeNotifyPrivilege, so that resetting privileges to their defaults keeps it
/// enabled; an object <c>{"name", "attributes"}</c> has exactly the attributes given (0x3 when
/// left out). An unknown name or a privilege listed twice is an error naming it.</item>
/// <item><c>restrictedSids</c>: a list of restricting SIDs, each stored with 0x7 (an object
/// <c>{"sid", "attributes"}</c> may give other attributes).</item>
/// <item><c>writeRestricted</c>: true sets TOKEN_WRITE_RESTRICTED. <c>sandboxInert</c>: true sets
/// TOKEN_SANDBOX_INERT. <c>flags</c>: further TokenFlags by name or number (TOKEN_IS_RESTRICTED is
/// ignored: it is derived from <c>restrictedSids</c>). Contradicting <c>flags</c> with an explicit
/// false is an error.</item>
/// <item><c>integrityLevel</c>: a level name (Untrusted, Low, Medium, MediumPlus, High, System, ...),
/// an SDDL label alias (LW, ME, MP, HI, SI) or "S-1-16-RID". Default Medium.</item>
/// <item><c>mandatoryPolicy</c>: TOKEN_MANDATORY_POLICY_* names or a number. Default NO_WRITE_UP.</item>
/// <item><c>owner</c>: default the user. Anything else must be a group of the token that has
/// SE_GROUP_OWNER, as NtCreateToken and SetTokenInformation(TokenOwner) require (else
/// STATUS_INVALID_OWNER, which the error's <see cref="ParseError.Status"/> carries).</item>
/// <item><c>primaryGroup</c>: default the user. Not checked against the groups: the CONTRACT's own
/// example names a primary group (Domain Users) that is not among its groups, although
/// NtCreateToken would refuse that with STATUS_INVALID_PRIMARY_GROUP.</item>
/// <item><c>defaultDacl</c>: SDDL, either a descriptor ("D:(A;;GA;;;SY)", whose DACL is taken and
/// anything else ignored) or an ACL alone ("(A;;GA;;;SY)"); "D:NO_ACCESS_CONTROL" or JSON null
/// means no default DACL, which is also the default.</item>
/// <item><c>type</c>: "Primary" or "Impersonation" ("TokenPrimary", "TokenImpersonation"); default Impersonation.</item>
/// <item><c>impersonationLevel</c>: "SecurityAnonymous", "SecurityIdentification",
/// "SecurityImpersonation", "SecurityDelegation" or the same without "Security"; default SecurityImpersonation.</item>
/// <item><c>sessionId</c>: a number, default 0. <c>elevationType</c>: "Default", "Full", "Limited"
/// (or "TokenElevationType..."), default Default.</item>
/// </list>
/// <para>Attributes and other flag sets (<c>attributes</c>, <c>mandatoryPolicy</c>, <c>flags</c>) are an
/// SDK name or "|"-joined names, a list of them, a JSON number, or a number in a string
/// ("0xC0000007", decimal). Keyword values (type, levels, names) are case-insensitive. The text is
/// strict JSON (no comments, no trailing commas); a leading byte order mark is allowed.</para>
/// <para>Errors: a <see cref="ParseError"/> whose offset counts characters (UTF-16 code units) into
/// the JSON text, and whose message starts with the JSON path of the problem, e.g.
/// "$.groups[2].attributes: unknown group attribute 'SE_GROUP_BOGUS'". An error inside a string
/// value points at the character inside the string when the string has no escapes, else at its
/// opening quote. Malformed JSON reports System.Text.Json's reason with its line and byte position.
/// The JSON is read as a stream, so a content error can be reported before malformed text after it.</para>
/// <para>Limits, so absurd input fails fast: at most <see cref="MaxTextBytes"/> bytes of UTF-8 text,
/// <see cref="MaxEntries"/> groups, privileges, restricting SIDs or list entries, and nesting
/// <see cref="MaxDepth"/> deep.</para>
/// </remarks>
public static class TokenJson
{
    /// <summary>The most groups, privileges, restricting SIDs (each) or attribute-list entries accepted.</summary>
    public const int MaxEntries = 4096;

    /// <summary>The largest JSON text accepted, in UTF-8 bytes (4 MiB).</summary>
    public const int MaxTextBytes = 4 * 1024 * 1024;

    /// <summary>The deepest nesting of JSON objects and arrays accepted.</summary>
    public const int MaxDepth = 16;

    /// <summary>Parses token JSON text.</summary>
    /// <param name="json">The JSON text: one object.</param>
    /// <param name="context">What domain-relative SDDL aliases in SIDs and the default DACL resolve against.</param>
    /// <param name="token">The token state, or null on failure.</param>
    /// <param name="error">On failure, the character offset into <paramref name="json"/> and the reason, led by the JSON path.</param>
    /// <returns>True when <paramref name="json"/> is a valid token.</returns>
    public static bool TryParse(string json, SddlContext context, [NotNullWhen(true)] out TokenState? token, out ParseError error)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(context);
        return TokenJsonReader.TryRead(json, context, out token, out error);
    }

    /// <summary>
    /// Parses an inline token object, such as the <c>token</c> member of a <c>ntsec check --batch</c>
    /// line. The element's own text is read again with position tracking, so error offsets count
    /// characters from the start of the element's JSON text (<see cref="JsonElement.GetRawText"/>),
    /// not from the start of the enclosing document.
    /// </summary>
    /// <param name="element">A JSON object.</param>
    /// <param name="context">What domain-relative SDDL aliases resolve against.</param>
    /// <param name="token">The token state, or null on failure.</param>
    /// <param name="error">On failure, the offset into the element's text and the reason, led by the JSON path.</param>
    /// <returns>True when <paramref name="element"/> is a valid token object.</returns>
    public static bool TryParse(JsonElement element, SddlContext context, [NotNullWhen(true)] out TokenState? token, out ParseError error)
    {
        ArgumentNullException.ThrowIfNull(context);
        token = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            string found = element.ValueKind == JsonValueKind.Undefined ? "nothing" : TokenJsonReader.Describe(element.ValueKind);
            error = new ParseError(0, $"$: expected a token object, found {found}");
            return false;
        }

        return TokenJsonReader.TryRead(element.GetRawText(), context, out token, out error);
    }

    /// <summary>Parses token JSON text.</summary>
    /// <param name="json">The JSON text: one object.</param>
    /// <param name="context">What domain-relative SDDL aliases resolve against; null for none.</param>
    /// <returns>The token state.</returns>
    /// <exception cref="FormatErrorException">The text is not a valid token; the error names the character offset and the JSON path.</exception>
    public static TokenState Parse(string json, SddlContext? context = null) =>
        TryParse(json, context ?? SddlContext.Default, out var token, out var error) ? token : throw new FormatErrorException(error);

    /// <summary>Parses an inline token object (offsets count from the start of the element's text).</summary>
    /// <param name="element">A JSON object.</param>
    /// <param name="context">What domain-relative SDDL aliases resolve against; null for none.</param>
    /// <returns>The token state.</returns>
    /// <exception cref="FormatErrorException">The element is not a valid token object.</exception>
    public static TokenState Parse(JsonElement element, SddlContext? context = null) =>
        TryParse(element, context ?? SddlContext.Default, out var token, out var error) ? token : throw new FormatErrorException(error);

    /// <summary>
    /// Writes <paramref name="token"/> as indented token JSON that <see cref="Parse(string, SddlContext?)"/>
    /// reads back to an equal state for everything the format carries: user (with its attributes),
    /// groups, privileges and restricting SIDs with their exact attributes, TOKEN_WRITE_RESTRICTED,
    /// integrity level, mandatory policy, owner, primary group, default DACL, type, impersonation
    /// level, session id, elevation type and the other token flags. Token ids, the logon session,
    /// the source, the origin and AppContainer data are not carried.
    /// </summary>
    /// <remarks>
    /// SIDs are written as "S-1-..." strings so that the text means the same under any context;
    /// the default DACL is written as SDDL "D:..." and uses <paramref name="context"/>'s aliases.
    /// Entries with their bare-string defaults are written as bare strings; other attributes as
    /// "|"-joined SDK names (bits no name covers as a trailing 0x number), and zero as [].
    /// </remarks>
    /// <param name="token">The token state.</param>
    /// <param name="context">The SDDL context for the default DACL; null for none.</param>
    /// <returns>The JSON text, with "\n" line ends.</returns>
    /// <exception cref="InvalidOperationException">
    /// The token holds something the format cannot express: a default DACL that SDDL cannot
    /// write, or a privilege LUID with no name.
    /// </exception>
    public static string Format(TokenState token, SddlContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(token);
        return TokenJsonWriter.Write(token, context ?? SddlContext.Default);
    }
}
