using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NtSec.Cli.Scenarios;

/// <summary>
/// The report of `ntsec run`: one line per step (caller, call, arguments, result, outputs, PASS or FAIL with
/// expected and actual), errors with their positions, and the closing line "N passed, N failed". Or, with
/// --json, one JSON object.
/// </summary>
internal static class ScenarioReport
{
    /// <summary>Total checked steps that passed and failed over all outcomes.</summary>
    public static (int Passed, int Failed, int Errors) Totals(IReadOnlyList<ScenarioOutcome> outcomes) =>
        (outcomes.Sum(o => o.Passed), outcomes.Sum(o => o.Failed), outcomes.Count(o => o.Error is not null));

    /// <summary>Writes the text report: steps to <paramref name="output"/>, errors to <paramref name="error"/>.</summary>
    public static void WriteText(IReadOnlyList<ScenarioOutcome> outcomes, TextWriter output, TextWriter error)
    {
        foreach (var outcome in outcomes)
        {
            output.WriteLine(outcome.Name is null ? $"== {outcome.File}" : $"== {outcome.File}: {outcome.Name}");
            foreach (var step in outcome.Steps)
            {
                output.WriteLine(StepLine(step));
            }

            if (outcome.Error is { } e)
            {
                output.WriteLine($"  ERROR {e.Describe()}");
                error.WriteLine($"{e.Mark}: error: {e.Message}");
            }
        }

        var (passed, failed, errors) = Totals(outcomes);
        if (errors > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{errors} malformed file{(errors == 1 ? "" : "s")} (see the errors above)"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{passed} passed, {failed} failed"));
    }

    /// <summary>"  PASS  3 client/main: NtOpenThreadToken(...) -> STATUS_SUCCESS; TokenHandle: 0x4 -> $tok".</summary>
    public static string StepLine(StepOutcome step)
    {
        var line = new StringBuilder();
        line.Append(!step.Checked ? "  ----  " : step.Passed ? "  PASS  " : "  FAIL  ");
        line.Append(step.Step.Number.ToString(CultureInfo.InvariantCulture)).Append(' ');
        if (step.Caller is not null)
        {
            line.Append(step.Caller);
            if (step.Step.Mode == NtSec.Kernel.KProcessorMode.KernelMode)
            {
                line.Append(" [kernel]");
            }

            line.Append(": ");
        }

        line.Append(step.Step.Signature.Name).Append('(')
            .Append(string.Join(", ", step.Arguments.Select(a => $"{a.Name}: {(a.Variable is null ? a.Value : $"${a.Variable}={a.Value}")}")))
            .Append(')');
        var after = new List<string>();
        if (step.Result is not null)
        {
            after.Add(step.Result);
        }

        after.AddRange(step.Outputs.Select(o => $"{o.Name}: {o.Value}{(o.Variable is null ? "" : " -> $" + o.Variable)}"));
        if (step.LastError is not null)
        {
            after.Add("LastError: " + step.LastError);
        }

        if (after.Count > 0)
        {
            line.Append(" -> ").Append(string.Join("; ", after));
        }

        foreach (var f in step.Failures)
        {
            line.Append(" | ").Append(f.Field).Append(": expected ").Append(f.Expected).Append(", actual ").Append(f.Actual);
        }

        return line.ToString();
    }

    /// <summary>The JSON report.</summary>
    public static string Json(IReadOnlyList<ScenarioOutcome> outcomes)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            var (passed, failed, errors) = Totals(outcomes);
            json.WriteStartObject();
            json.WriteNumber("passed", passed);
            json.WriteNumber("failed", failed);
            json.WriteNumber("errors", errors);
            json.WriteStartArray("files");
            foreach (var outcome in outcomes)
            {
                WriteOutcome(json, outcome);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteOutcome(Utf8JsonWriter json, ScenarioOutcome outcome)
    {
        json.WriteStartObject();
        json.WriteString("file", outcome.File);
        json.WriteString("name", outcome.Name);
        json.WriteNumber("passed", outcome.Passed);
        json.WriteNumber("failed", outcome.Failed);
        if (outcome.Error is { } e)
        {
            json.WriteStartObject("error");
            json.WriteNumber("line", e.Mark.Line);
            json.WriteNumber("column", e.Mark.Column);
            json.WriteString("message", e.Message);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("error");
        }

        json.WriteStartArray("steps");
        foreach (var step in outcome.Steps)
        {
            json.WriteStartObject();
            json.WriteNumber("step", step.Step.Number);
            json.WriteNumber("line", step.Step.Mark.Line);
            json.WriteNumber("column", step.Step.Mark.Column);
            json.WriteString("as", step.Caller);
            json.WriteString("mode", step.Step.Mode == NtSec.Kernel.KProcessorMode.KernelMode ? "kernel" : "user");
            json.WriteString("call", step.Step.Signature.Name);
            WriteValues(json, "args", step.Arguments);
            json.WriteString("result", step.Result);
            WriteValues(json, "outputs", step.Outputs);
            json.WriteString("lastError", step.LastError);
            json.WriteString("verdict", !step.Checked ? "unchecked" : step.Passed ? "pass" : "fail");
            json.WriteStartArray("failures");
            foreach (var f in step.Failures)
            {
                json.WriteStartObject();
                json.WriteString("field", f.Field);
                json.WriteString("expected", f.Expected);
                json.WriteString("actual", f.Actual);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteValues(Utf8JsonWriter json, string name, IReadOnlyList<NamedValue> values)
    {
        json.WriteStartObject(name);
        foreach (var v in values)
        {
            if (v.Variable is null)
            {
                json.WriteString(v.Name, v.Value);
            }
            else
            {
                json.WriteStartObject(v.Name);
                json.WriteString("value", v.Value);
                json.WriteString("variable", v.Variable);
                json.WriteEndObject();
            }
        }

        json.WriteEndObject();
    }
}
