namespace NtSec.Authorization;

/// <summary>One step of an access decision.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="AceIndex">The DACL index of the ACE the step is about, or null.</param>
/// <param name="Message">What happened, in words.</param>
/// <param name="Bits">The access bits the step granted, denied or left (see the message).</param>
public sealed record AccessCheckTraceEntry(AccessCheckStage Stage, int? AceIndex, string Message, uint Bits);
