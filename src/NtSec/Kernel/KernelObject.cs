using NtSec.AccessControl;
using NtSec.AccessControl.Rights;

namespace NtSec.Kernel;

/// <summary>
/// An object of the simulated object manager: its type, optional name and security descriptor
/// (the object header). The descriptor is swapped as a whole under a lock, so readers see a
/// consistent snapshot without locking.
/// </summary>
public abstract class KernelObject
{
    private SecurityDescriptor _security;
    private int _handleCount;

    /// <summary>Creates an object of <paramref name="type"/> with its security descriptor.</summary>
    protected KernelObject(ObjectTypeInfo type, SecurityDescriptor security, string? name)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(security);
        Type = type;
        _security = security;
        Name = name;
    }

    /// <summary>The object type (name, generic mapping, valid access mask).</summary>
    public ObjectTypeInfo Type { get; }

    /// <summary>The name in the object namespace, or null for an unnamed object.</summary>
    public string? Name { get; }

    /// <summary>The current security descriptor.</summary>
    public SecurityDescriptor Security => Volatile.Read(ref _security);

    /// <summary>Open handles to this object, in all tables.</summary>
    public int HandleCount => Volatile.Read(ref _handleCount);

    /// <summary>Replaces the security descriptor (NtSetSecurityObject's final step).</summary>
    internal void SetSecurity(SecurityDescriptor security) => Volatile.Write(ref _security, security);

    internal void AddHandle() => Interlocked.Increment(ref _handleCount);

    internal void RemoveHandle() => Interlocked.Decrement(ref _handleCount);
}
