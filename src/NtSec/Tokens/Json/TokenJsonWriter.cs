using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NtSec.AccessControl;
using NtSec.AccessControl.Sddl;
using NtSec.Principals;

namespace NtSec.Tokens.Json;

/// <summary>Writes token JSON (see <see cref="TokenJson.Format"/>) with <see cref="Utf8JsonWriter"/>.</summary>
internal static class TokenJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // SDDL conditional expressions hold '<', '>', '&' and quotes; the text is not for HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(TokenState token, SddlContext context)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WritePropertyName("user");
            WriteSidEntry(w, token.User, 0);
            WriteSidList(w, "groups", token.Groups);
            w.WriteStartArray("privileges");
            foreach (var p in token.Privileges)
            {
                if (!PrivilegeTable.TryGetByLuid(p.Luid, out var privilege))
                {
                    throw new InvalidOperationException($"privilege LUID {p.Luid} has no name; token JSON names privileges");
                }

                if (p.Attributes == TokenJsonReader.BarePrivilegeAttributes)
                {
                    w.WriteStringValue(privilege.Name);
                }
                else
                {
                    w.WriteStartObject();
                    w.WriteString("name", privilege.Name);
                    WriteFlags(w, "attributes", p.Attributes);
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            WriteSidList(w, "restrictedSids", token.RestrictedSids);
            w.WriteBoolean("writeRestricted", token.IsWriteRestricted);
            w.WriteString("integrityLevel", FormatIntegrityLevel(token.IntegrityLevel));
            if (token.MandatoryPolicy == TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_OFF)
            {
                w.WriteString("mandatoryPolicy", nameof(TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_OFF));
            }
            else
            {
                WriteFlags(w, "mandatoryPolicy", token.MandatoryPolicy);
            }

            w.WriteString("owner", token.Owner.ToString());
            w.WriteString("primaryGroup", token.PrimaryGroup.ToString());
            if (token.DefaultDacl is { } dacl)
            {
                var descriptor = new SecurityDescriptor(SecurityDescriptorControl.None, null, null, dacl, null);
                if (!descriptor.TryToSddl(context, out string? sddl, out string? error))
                {
                    throw new InvalidOperationException($"the default DACL cannot be written as SDDL: {error}");
                }

                w.WriteString("defaultDacl", sddl);
            }

            w.WriteString("type", token.Type == TokenType.TokenPrimary ? "Primary" : "Impersonation");
            w.WriteString("impersonationLevel", token.ImpersonationLevel.ToString());
            w.WriteNumber("sessionId", token.SessionId);
            if (token.ElevationType != TokenElevationType.TokenElevationTypeDefault)
            {
                w.WriteString("elevationType", token.ElevationType switch
                {
                    TokenElevationType.TokenElevationTypeFull => "Full",
                    TokenElevationType.TokenElevationTypeLimited => "Limited",
                    var other => ((uint)other).ToString(CultureInfo.InvariantCulture),
                });
            }

            // TOKEN_IS_RESTRICTED follows restrictedSids; the two with their own property are written there.
            var flags = token.Flags & ~(TokenFlags.TOKEN_IS_RESTRICTED | TokenFlags.TOKEN_WRITE_RESTRICTED | TokenFlags.TOKEN_SANDBOX_INERT);
            if (flags != TokenFlags.None)
            {
                WriteFlags(w, "flags", flags);
            }

            if ((token.Flags & TokenFlags.TOKEN_SANDBOX_INERT) != 0)
            {
                w.WriteBoolean("sandboxInert", true);
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string FormatIntegrityLevel(Sid label) =>
        IntegrityLevels.TryFromSid(label, out var level) && level.IsNamed() ? level.ToString() : label.ToString();

    private static void WriteSidList(Utf8JsonWriter w, string property, IEnumerable<SidAndAttributes> entries)
    {
        w.WriteStartArray(property);
        foreach (var entry in entries)
        {
            WriteSidEntry(w, entry, TokenJsonReader.BareGroupAttributes);
        }

        w.WriteEndArray();
    }

    /// <summary>A bare SID string when the attributes are the bare default, else {"sid", "attributes"}.</summary>
    private static void WriteSidEntry(Utf8JsonWriter w, SidAndAttributes entry, GroupAttributes bareAttributes)
    {
        if (entry.Attributes == bareAttributes)
        {
            w.WriteStringValue(entry.Sid.ToString());
            return;
        }

        w.WriteStartObject();
        w.WriteString("sid", entry.Sid.ToString());
        WriteFlags(w, "attributes", entry.Attributes);
        w.WriteEndObject();
    }

    /// <summary>"|"-joined SDK names (unnamed bits as a trailing 0x number); zero as [].</summary>
    private static void WriteFlags<TEnum>(Utf8JsonWriter w, string property, TEnum value)
        where TEnum : struct, Enum
    {
        if (Unsafe.BitCast<TEnum, uint>(value) == 0)
        {
            w.WriteStartArray(property);
            w.WriteEndArray();
            return;
        }

        w.WriteString(property, SdkFlags.Format(value));
    }
}
