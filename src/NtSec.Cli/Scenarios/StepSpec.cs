using NtSec.Kernel;
using YamlDotNet.RepresentationModel;

namespace NtSec.Cli.Scenarios;

/// <summary>A `steps` entry, with its routine overload chosen and its names checked.</summary>
/// <param name="Number">1-based step number.</param>
/// <param name="Mark">Where the step starts.</param>
/// <param name="As">The calling thread: "process" or "process/thread"; null when not given.</param>
/// <param name="AsMark">Where `as` is (or the step, when absent).</param>
/// <param name="Mode">The previous mode of the call.</param>
/// <param name="Routine">The routine called.</param>
/// <param name="Signature">The overload chosen for the argument names.</param>
/// <param name="Args">The `args` entries.</param>
/// <param name="Outs">The `out` entries: output name and variable.</param>
/// <param name="Expect">The `expect` entries.</param>
internal sealed record StepSpec(int Number, SourceMark Mark, string? As, SourceMark AsMark, KProcessorMode Mode, Routine Routine,
    RoutineSignature Signature, IReadOnlyList<(YamlScalarNode Key, YamlNode Value)> Args,
    IReadOnlyList<(YamlScalarNode Key, string Variable)> Outs, IReadOnlyList<(YamlScalarNode Key, YamlNode Value)> Expect);
