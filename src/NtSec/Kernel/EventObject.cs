using NtSec.AccessControl;
using NtSec.AccessControl.Rights;

namespace NtSec.Kernel;

/// <summary>An event object (NtCreateEvent): a named or unnamed object to open under a token.</summary>
public sealed class EventObject : KernelObject
{
    private int _signaled;

    internal EventObject(string? name, SecurityDescriptor security, bool notification, bool initialState)
        : base(ObjectTypeInfo.Get(ObjectTypeKind.Event), security, name)
    {
        IsNotification = notification;
        _signaled = initialState ? 1 : 0;
    }

    /// <summary>NotificationEvent (manual reset) rather than SynchronizationEvent.</summary>
    public bool IsNotification { get; }

    /// <summary>The signal state.</summary>
    public bool IsSignaled => Volatile.Read(ref _signaled) != 0;

    internal bool Set(bool signaled) => Interlocked.Exchange(ref _signaled, signaled ? 1 : 0) != 0;
}
