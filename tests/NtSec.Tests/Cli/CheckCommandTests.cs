using System.Text.Json;
using NtSec.Authorization;
using NtSec.Cli;
using NtSec.Tests.Authorization;

namespace NtSec.Tests.Cli;

/// <summary>`ntsec check` as CONTRACT.md specifies it.</summary>
public class CheckCommandTests
{
    private const string FileSd = "O:BAG:SYD:(A;;FA;;;SY)(A;;FA;;;BA)(A;;0x1200a9;;;BU)";

    [Fact]
    public void Standard_user_reads_but_cannot_write()
    {
        var read = CliRunner.Run("check", "--sd", FileSd, "--token", "user", "--access", "FILE_GENERIC_READ");
        Assert.Equal(0, read.Exit);
        Assert.Contains("GRANTED", read.Out, StringComparison.Ordinal);
        Assert.Contains("0x00120089", read.Out, StringComparison.Ordinal);
        var write = CliRunner.Run("check", "--sd", FileSd, "--token", "user", "--access", "FILE_GENERIC_WRITE", "--json");
        using var doc = JsonDocument.Parse(write.Out);
        Assert.Equal("STATUS_SUCCESS", doc.RootElement.GetProperty("status").GetString());
        Assert.Equal("STATUS_ACCESS_DENIED", doc.RootElement.GetProperty("accessStatus").GetString());
        Assert.Equal("0x00000000", doc.RootElement.GetProperty("granted").GetString());
    }

    [Fact]
    public void Filtered_admin_is_not_an_administrator_for_allow_aces()
    {
        // UAC filtered token: Administrators is deny-only (users.md 4.6).
        var r = CliRunner.Run("check", "--sd", "O:SYG:SYD:(A;;FA;;;BA)", "--token", "admin-filtered", "--access", "FILE_GENERIC_READ", "--explain");
        Assert.Contains("DENIED", r.Out, StringComparison.Ordinal);
        Assert.Contains("deny-only in the token", r.Out, StringComparison.Ordinal);
        var elevated = CliRunner.Run("check", "--sd", "O:SYG:SYD:(A;;FA;;;BA)", "--token", "admin", "--access", "FILE_GENERIC_READ");
        Assert.Contains("GRANTED", elevated.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Generic_names_are_mapped_and_generic_numbers_are_not()
    {
        // CONTRACT.md: generic names are mapped with the type's mapping; ACC-02: raw generic bits -> STATUS_GENERIC_NOT_MAPPED.
        var named = CliRunner.Run("check", "--sd", FileSd, "--token", "user", "--access", "GENERIC_READ", "--json");
        Assert.Contains("\"granted\":\"0x00120089\"", named.Out, StringComparison.Ordinal);
        var number = CliRunner.Run("check", "--sd", FileSd, "--token", "user", "--access", "0x80000000", "--json");
        Assert.Contains("\"status\":\"STATUS_GENERIC_NOT_MAPPED\"", number.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymous_level_impersonation_token_cannot_be_checked()
    {
        // ACC-20: an impersonation token at SecurityAnonymous -> STATUS_BAD_IMPERSONATION_LEVEL.
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """{"user": "S-1-5-21-1-2-3-1001", "type": "Impersonation", "impersonationLevel": "SecurityAnonymous"}""");
            var r = CliRunner.Run("check", "--sd", FileSd, "--token", file, "--access", "0x1", "--json");
            Assert.Contains("STATUS_BAD_IMPERSONATION_LEVEL", r.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--sd", "D:(A;;GA;;;XX)", "SDDL character")]
    [InlineData("--token", "nobody", "neither a preset")]
    [InlineData("--access", "FILE_FLY", "FILE_FLY")]
    [InlineData("--type", "spaceship", "spaceship")]
    public void Bad_inputs_exit_2_with_a_message(string option, string value, string fragment)
    {
        var args = new Dictionary<string, string> { ["--sd"] = FileSd, ["--token"] = "user", ["--access"] = "0x1", ["--type"] = "file" };
        args[option] = value;
        var r = CliRunner.Run(["check", .. args.SelectMany(a => new[] { a.Key, a.Value })]);
        Assert.Equal(2, r.Exit);
        Assert.Contains(fragment, r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_and_single_checks_agree()
    {
        // Issue 3: batch and single checks agree, over random triples (fixed seed), in order.
        var cases = new RandomCases(7);
        var lines = new List<string>();
        var expected = new List<string>();
        string[] presets = ["system", "admin", "admin-filtered", "user", "anonymous", "local-service", "network-service"];
        for (int i = 0; i < 400; i++)
        {
            var sd = cases.Descriptor();
            if (!sd.TryToSddl(NtSec.Cli.Commands.TokenInput.Context, out var sddl, out _))
            {
                continue;
            }

            string preset = presets[cases.Next(presets.Length)];
            uint mask = cases.Next(5) == 0 ? NtSec.AccessControl.AccessMask.MaximumAllowed : cases.Mask();
            lines.Add(JsonSerializer.Serialize(new Dictionary<string, string> { ["sd"] = sddl, ["token"] = preset, ["access"] = $"0x{mask:X}", ["type"] = "file" }));
            var single = CliRunner.Run("check", "--sd", sddl, "--token", preset, "--access", $"0x{mask:X}", "--json");
            using var doc = JsonDocument.Parse(single.Out);
            var root = doc.RootElement;
            expected.Add($"{{\"status\": \"{root.GetProperty("status").GetString()}\", \"accessStatus\": \"{root.GetProperty("accessStatus").GetString()}\", \"granted\": \"{root.GetProperty("granted").GetString()}\"}}");
        }

        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, lines);
            var batch = CliRunner.Run("check", "--batch", file);
            Assert.Equal(0, batch.Exit);
            Assert.Equal(expected, batch.Out.TrimEnd('\n').Split('\n'));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Batch_reports_unusable_lines_in_place()
    {
        var caches = new CheckBatch.Caches();
        Assert.StartsWith("{\"error\": \"not a JSON object", CheckBatch.Evaluate("{nope", caches), StringComparison.Ordinal);
        Assert.StartsWith("{\"error\": \"unknown property 'sdd'", CheckBatch.Evaluate("{\"sdd\": \"D:\"}", caches), StringComparison.Ordinal);
        Assert.StartsWith("{\"error\": \"'token' is missing", CheckBatch.Evaluate("{\"sd\": \"D:\", \"access\": 1}", caches), StringComparison.Ordinal);
        Assert.Equal("{\"status\": \"STATUS_SUCCESS\", \"accessStatus\": \"STATUS_SUCCESS\", \"granted\": \"0x00000001\"}",
            CheckBatch.Evaluate("{\"sd\": \"O:SYG:SYD:(A;;0x1;;;WD)\", \"token\": {\"user\": \"S-1-5-18\", \"groups\": [\"WD\"]}, \"access\": 1}", caches));
    }
}
