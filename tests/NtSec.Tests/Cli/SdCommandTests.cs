namespace NtSec.Tests.Cli;

/// <summary>`ntsec sd convert` and `sd show` as CONTRACT.md specifies them.</summary>
public class SdCommandTests
{
    [Fact]
    public void Convert_sddl_to_hex_and_back()
    {
        // The bytes Windows writes for D:(A;;GA;;;WD): header, DACL at 0x14 (short-ordinary-acls layout).
        var (exit, output, _) = CliRunner.Run("sd", "convert", "--from", "sddl", "--to", "hex", "D:(A;;GA;;;WD)");
        Assert.Equal(0, exit);
        Assert.Equal("010004800000000000000000000000001400000002001c00010000000000140000000010010100000000000100000000", output.Trim());
        var back = CliRunner.Run("sd", "convert", "--from", "hex", "--to", "sddl", output.Trim());
        Assert.Equal((0, "D:(A;;GA;;;WD)"), (back.Exit, back.Out.Trim()));
        var base64 = CliRunner.Run("sd", "convert", "--from", "sddl", "--to", "base64", "D:(A;;GA;;;WD)");
        Assert.Equal("AQAEgAAAAAAAAAAAAAAAABQAAAACABwAAQAAAAAAFAAAAAAQAQEAAAAAAAEAAAAA", base64.Out.Trim());
    }

    [Fact]
    public void Domain_aliases_need_domain_sid()
    {
        // CONTRACT.md: without --domain-sid a domain-relative alias is an error that says so (exit 2).
        var (exit, _, error) = CliRunner.Run("sd", "convert", "--from", "sddl", "--to", "sddl", "O:DA");
        Assert.Equal(2, exit);
        Assert.Contains("character 2", error, StringComparison.Ordinal);
        Assert.Contains("domain SID", error, StringComparison.Ordinal);
        var ok = CliRunner.Run("sd", "convert", "--from", "sddl", "--to", "sddl", "--domain-sid", "S-1-5-21-1-2-3", "O:S-1-5-21-1-2-3-512");
        Assert.Equal((0, "O:DA"), (ok.Exit, ok.Out.Trim()));
    }

    [Fact]
    public void Malformed_input_exits_2_naming_the_position()
    {
        var sddl = CliRunner.Run("sd", "convert", "--from", "sddl", "--to", "hex", "D:(A;;GA;;;WDX)");
        Assert.Equal(2, sddl.Exit);
        Assert.Contains("character 11", sddl.Err, StringComparison.Ordinal);
        var hex = CliRunner.Run("sd", "convert", "--from", "hex", "--to", "sddl", "0100zz");
        Assert.Equal(2, hex.Exit);
        Assert.Contains("character 4", hex.Err, StringComparison.Ordinal);
        var bytes = CliRunner.Run("sd", "convert", "--from", "hex", "--to", "sddl", "0100");
        Assert.Equal(2, bytes.Exit);
        Assert.Contains("byte 0", bytes.Err, StringComparison.Ordinal);
        var usage = CliRunner.Run("sd", "convert", "--from", "xml", "--to", "sddl", "x");
        Assert.Equal(2, usage.Exit);
    }

    [Fact]
    public void Batch_writes_one_line_per_input_in_order()
    {
        // CONTRACT.md: exactly one line per input: the result or "error: <message>".
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["D:(A;;GA;;;WD)", "D:(A;;GA;;;NOPE)", "", "O:SYG:BA"]);
            var (exit, output, _) = CliRunner.Run("sd", "convert", "--from", "sddl", "--to", "sddl", "--batch", file);
            var lines = output.TrimEnd('\n').Split('\n');
            Assert.Equal(4, lines.Length);
            Assert.Equal("D:(A;;GA;;;WD)", lines[0]);
            Assert.StartsWith("error: SDDL character 11:", lines[1], StringComparison.Ordinal);
            Assert.Equal(string.Empty, lines[2]); // an empty SDDL string is an empty descriptor, written back empty
            Assert.Equal("O:SYG:BA", lines[3]);
            Assert.Equal(1, exit);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Show_names_sids_and_rights_for_the_type()
    {
        var (exit, output, _) = CliRunner.Run("sd", "show", "--type", "key", "O:BAG:SYD:(A;;KA;;;BA)(A;;KR;;;BU)");
        Assert.Equal(0, exit);
        Assert.Contains("BUILTIN\\Administrators", output, StringComparison.Ordinal);
        Assert.Contains("KEY_ALL_ACCESS", output, StringComparison.Ordinal);
        Assert.Contains("KEY_READ", output, StringComparison.Ordinal);
        var badType = CliRunner.Run("sd", "show", "--type", "spaceship", "D:");
        Assert.Equal(2, badType.Exit);
        Assert.Contains("spaceship", badType.Err, StringComparison.Ordinal);
    }
}
