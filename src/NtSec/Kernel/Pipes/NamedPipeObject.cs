using NtSec.AccessControl;
using NtSec.AccessControl.Rights;

namespace NtSec.Kernel.Pipes;

/// <summary>
/// A named pipe (the named-pipe file system's FCB for \Device\NamedPipe\X): its name, its security descriptor
/// (given by the creator of the first instance, or its default) and its instances. Clients open the pipe by
/// name and are checked against this descriptor; handles refer to a <see cref="NamedPipeFile"/>, one end of
/// one <see cref="NamedPipeInstance"/>.
/// </summary>
public sealed class NamedPipeObject : KernelObject
{
    private readonly List<NamedPipeInstance> _instances = [];

    internal NamedPipeObject(string name, SecurityDescriptor security, uint maximumInstances, bool messageType)
        : base(ObjectTypeInfo.Get(ObjectTypeKind.NamedPipe), security, name)
    {
        MaximumInstances = maximumInstances;
        IsMessageType = messageType;
    }

    /// <summary>MaximumInstances of the first instance (0xFFFFFFFF: unlimited).</summary>
    public uint MaximumInstances { get; }

    /// <summary>NamedPipeType FILE_PIPE_MESSAGE_TYPE (PIPE_TYPE_MESSAGE) rather than byte type.</summary>
    public bool IsMessageType { get; }

    /// <summary>The live instances (those whose server end still has a handle), oldest first.</summary>
    public IReadOnlyList<NamedPipeInstance> Instances
    {
        get
        {
            lock (NamedPipeFileSystem.SyncRoot(this))
            {
                return [.. LiveInstances()];
            }
        }
    }

    /// <summary>The live instances; the caller holds the file system's lock.</summary>
    internal List<NamedPipeInstance> LiveInstances()
    {
        _instances.RemoveAll(i => i.ServerFile.IsClosed);
        return _instances;
    }

    internal void AddInstance(NamedPipeInstance instance) => _instances.Add(instance);
}
