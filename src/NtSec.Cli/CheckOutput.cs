using System.Text;
using System.Text.Json;
using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Authorization;
using NtSec.Status;

namespace NtSec.Cli;

/// <summary>How `ntsec check` prints a result: text, optional trace, or one JSON object.</summary>
internal static class CheckOutput
{
    public static void WriteText(TextWriter output, AccessCheckResult result, ObjectTypeInfo type, uint desired, AccessCheckTrace? trace)
    {
        output.WriteLine($"Desired:  0x{desired:X8} {AccessMaskNames.Format(desired, type.Kind)} ({type.Name})");
        output.WriteLine(result.Status == NtStatus.STATUS_SUCCESS
            ? $"Access:   {(result.IsGranted ? "GRANTED" : "DENIED")} ({result.AccessStatus.ToName()})"
            : $"Check failed: {result.Status.ToName()}");
        output.WriteLine($"Granted:  0x{result.GrantedAccess:X8} {(result.GrantedAccess == 0 ? string.Empty : AccessMaskNames.Format(result.GrantedAccess, type.Kind))}".TrimEnd());
        output.WriteLine($"Privileges used: {(result.PrivilegesUsed == UsedPrivileges.None ? "none" : result.PrivilegesUsed.ToString())}");
        if (trace is null)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Why:");
        AccessCheckStage? stage = null;
        foreach (var entry in trace.Entries)
        {
            if (entry.Stage != stage)
            {
                stage = entry.Stage;
                output.WriteLine($"  {StageTitle(entry.Stage)}");
            }

            output.WriteLine($"    {entry.Message}");
        }
    }

    public static string Json(AccessCheckResult result, ObjectTypeInfo type, AccessCheckTrace? trace)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("status", result.Status.ToName());
            json.WriteString("accessStatus", result.AccessStatus.ToName());
            json.WriteString("granted", $"0x{result.GrantedAccess:X8}");
            json.WriteString("grantedNames", result.GrantedAccess == 0 ? string.Empty : AccessMaskNames.Format(result.GrantedAccess, type.Kind));
            json.WriteStartArray("privilegesUsed");
            foreach (var p in Enum.GetValues<UsedPrivileges>().Where(p => p != 0 && result.PrivilegesUsed.HasFlag(p)))
            {
                json.WriteStringValue(p.ToString());
            }

            json.WriteEndArray();
            if (trace is not null)
            {
                json.WriteStartArray("trace");
                foreach (var e in trace.Entries)
                {
                    json.WriteStartObject();
                    json.WriteString("stage", e.Stage.ToString());
                    if (e.AceIndex is int ace)
                    {
                        json.WriteNumber("ace", ace);
                    }

                    json.WriteString("message", e.Message);
                    json.WriteString("bits", $"0x{e.Bits:X8}");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The batch line of CONTRACT.md, spaced exactly as it shows it.</summary>
    public static string BatchLine(AccessCheckResult result) =>
        $"{{\"status\": \"{result.Status.ToName()}\", \"accessStatus\": \"{result.AccessStatus.ToName()}\", \"granted\": \"0x{result.GrantedAccess:X8}\"}}";

    /// <summary>An error line for a batch input that could not be used.</summary>
    public static string ErrorLine(string message) => $"{{\"error\": {JsonSerializer.Serialize(message, RelaxedJson.String)}}}";

    private static readonly CliJsonContext RelaxedJson = new(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string StageTitle(AccessCheckStage stage) => stage switch
    {
        AccessCheckStage.Validation => "Validation",
        AccessCheckStage.MandatoryIntegrity => "Mandatory integrity (before the DACL)",
        AccessCheckStage.Privileges => "Privileges",
        AccessCheckStage.Owner => "Owner rights",
        AccessCheckStage.Dacl => "DACL, pass 1 (the token's SIDs)",
        AccessCheckStage.RestrictedDacl => "DACL, pass 2 (the restricting SIDs)",
        _ => "Result",
    };
}
