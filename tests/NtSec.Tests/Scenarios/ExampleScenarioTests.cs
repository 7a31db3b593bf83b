using System.Text.Json;
using NtSec.Cli.Scenarios;
using NtSec.Tests.Cli;

namespace NtSec.Tests.Scenarios;

/// <summary>Every scenario in examples/scenarios runs and every expectation in it holds.</summary>
public class ExampleScenarioTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(ScenarioFiles.Examples, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_passes(string name)
    {
        var outcome = ScenarioRunner.RunFile(Path.Combine(ScenarioFiles.Examples, name), name);
        Assert.Null(outcome.Error);
        Assert.NotEmpty(outcome.Steps);
        Assert.All(outcome.Steps, s => Assert.True(s.Passed, ScenarioReport.StepLine(s)));
        Assert.True(outcome.Passed > 0);
    }

    [Fact]
    public void There_are_at_least_twenty_examples()
    {
        // Issue 6: at least 20 scenarios that teach the system.
        Assert.True(Examples().Count >= 20);
    }

    [Fact]
    public void Running_the_directory_runs_every_file_sorted_and_exits_zero()
    {
        // CONTRACT.md: `ntsec run DIR` runs every .yaml/.yml in it, sorted; the last line is "N passed, N failed".
        var (exit, output, error) = CliRunner.Run("run", ScenarioFiles.Examples);
        Assert.True(exit == 0, output + error);
        Assert.Equal("", error);
        var headers = output.Split('\n').Where(l => l.StartsWith("== ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Examples().Count, headers.Count);
        Assert.Equal(headers.Order(StringComparer.Ordinal), headers);
        var last = output.TrimEnd().Split('\n')[^1];
        Assert.Matches(@"^\d+ passed, 0 failed$", last);
    }

    [Fact]
    public void The_first_scenario_of_the_documentation_runs_as_shown()
    {
        string doc = File.ReadAllText(Path.Combine(ScenarioFiles.Examples, "..", "..", "docs", "scenarios.md"));
        int start = doc.IndexOf("```yaml\n", doc.IndexOf("## A first scenario", StringComparison.Ordinal), StringComparison.Ordinal) + 8;
        string yaml = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
        var (exit, output, error, _) = ScenarioFiles.Run(yaml);
        Assert.True(exit == 0, output + error);
        Assert.Contains("PASS  4 app/main: NtOpenThreadToken(ThreadHandle: NtCurrentThread, DesiredAccess: 0x00000008 (TOKEN_QUERY), OpenAsSelf: false) "
            + "-> STATUS_BAD_IMPERSONATION_LEVEL; TokenHandle: NULL", output, StringComparison.Ordinal);
        Assert.EndsWith("3 passed, 0 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_report_has_every_file_and_step()
    {
        var (exit, output, _) = CliRunner.Run("run", "--json", ScenarioFiles.Examples);
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(0, root.GetProperty("failed").GetInt32());
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(Examples().Count, files.Count);
        var first = files[0];
        Assert.Equal(JsonValueKind.Null, first.GetProperty("error").ValueKind);
        var step = first.GetProperty("steps")[0];
        Assert.Equal("NtOpenThreadToken", step.GetProperty("call").GetString());
        Assert.Equal("app/main", step.GetProperty("as").GetString());
        Assert.Equal("user", step.GetProperty("mode").GetString());
        Assert.Equal("STATUS_NO_TOKEN", step.GetProperty("result").GetString());
        Assert.Equal("NtCurrentThread", step.GetProperty("args").GetProperty("ThreadHandle").GetString());
        Assert.Equal("NULL", step.GetProperty("outputs").GetProperty("TokenHandle").GetString());
        Assert.Equal("pass", step.GetProperty("verdict").GetString());
        Assert.Equal(0, step.GetProperty("failures").GetArrayLength());
    }
}
