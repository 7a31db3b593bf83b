namespace NtSec.Kernel.Native;

/// <summary>EVENT_TYPE (ntdef.h): the kind of event NtCreateEvent makes.</summary>
public enum EventType
{
    /// <summary>NotificationEvent (0): manual reset; stays signalled until reset.</summary>
    NotificationEvent = 0,
    /// <summary>SynchronizationEvent (1): auto reset; one waiter is released and the event resets.</summary>
    SynchronizationEvent = 1,
}
