using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Status;
using NtSec.Tokens.Presets;

namespace NtSec.Cli.Scenarios;

/// <summary>A running scenario: its machine (processes, threads, objects) and its variables.</summary>
internal sealed class ScenarioState
{
    private const uint EventAllAccess = 0x001F_0003;

    public ScenarioState(ScenarioDocument document)
    {
        File = document.File;
        Machine = document.Machine == MachineKind.Standard ? StandardMachine.Create() : new Machine(TokenPresets.System);
        foreach (var spec in document.Processes)
        {
            CreateProcess(spec);
        }

        foreach (var spec in document.Objects)
        {
            CreateObject(spec);
        }
    }

    /// <summary>The scenario file, for positions.</summary>
    public string File { get; }

    /// <summary>The simulated machine.</summary>
    public Machine Machine { get; }

    /// <summary>The variables bound by `out`, by name (case-sensitive).</summary>
    public Dictionary<string, object?> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>The thread `as` names: "process" (its main thread) or "process/thread".</summary>
    public ThreadObject ResolveThread(string name, SourceMark mark)
    {
        int slash = name.IndexOf('/', StringComparison.Ordinal);
        string processName = slash < 0 ? name : name[..slash];
        var process = Machine.FindProcess(processName);
        if (process is null)
        {
            var names = Machine.Processes.Select(p => p.ImageName).ToList();
            throw new ScenarioException(mark, $"as: no process named '{processName}'{NameSuggestions.DidYouMean(processName, names)} (processes: {string.Join(", ", names)})");
        }

        string threadName = slash < 0 ? "main" : name[(slash + 1)..];
        return process.FindThread(threadName) ?? throw new ScenarioException(mark,
            $"as: process {process.ImageName} has no thread '{threadName}' (threads: {string.Join(", ", process.Threads.Select(t => t.ThreadName))})");
    }

    private void CreateProcess(ProcessSpec spec)
    {
        if (Machine.FindProcess(spec.Name) is not null)
        {
            throw new ScenarioException(spec.Mark, $"a process named '{spec.Name}' exists already (the machine has {string.Join(", ", Machine.Processes.Select(p => p.ImageName))})");
        }

        var process = spec.Account is not null
            ? StandardMachine.CreateProcess(Machine, spec.Name, spec.Account, spec.Elevated)
            : Machine.CreateProcess(spec.Name, spec.Token!, spec.Token!.SessionId); // the process runs in its token's session
        foreach (var (thread, _) in spec.Threads)
        {
            if (thread == "main")
            {
                continue;
            }

            Machine.CreateThread(process, thread);
        }

        if (spec.HandleQuota is { } quota)
        {
            process.Handles.Quota = quota;
        }
    }

    /// <summary>
    /// A declared object: created by the System process in kernel mode (ZwCreateEvent with OBJ_PERMANENT, so it
    /// outlives the creation handle, which is closed), with the given descriptor as the explicit one.
    /// </summary>
    private void CreateObject(ObjectSpec spec)
    {
        var system = new KernelCall(Machine.SystemProcess.FindThread("main")!, KProcessorMode.KernelMode);
        var status = EventObjects.ZwCreateEvent(system, EventAllAccess, spec.Name,
            ObjectAttributeFlags.OBJ_PERMANENT | ObjectAttributeFlags.OBJ_KERNEL_HANDLE, spec.Security, EventType.NotificationEvent, false, out var handle);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            throw new ScenarioException(spec.Mark, $"object {spec.Name}: ZwCreateEvent answered {status.ToName()}");
        }

        _ = ObjectHandles.ZwClose(system, handle);
    }
}
