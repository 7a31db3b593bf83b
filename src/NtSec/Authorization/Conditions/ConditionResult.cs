namespace NtSec.Authorization.Conditions;

/// <summary>
/// The tri-state outcome of a conditional expression (MS-DTYP 2.4.4.17: TRUE, FALSE or UNKNOWN;
/// 2.5.3.1.5 returns 1, 0 or -1). An allow-callback ACE applies only on <see cref="True"/>; a
/// deny-callback ACE applies on <see cref="True"/> and <see cref="Unknown"/> (MS-DTYP 2.4.4.17.3).
/// </summary>
public enum ConditionResult
{
    /// <summary>0: the condition is false.</summary>
    False = 0,

    /// <summary>1: the condition is true.</summary>
    True = 1,

    /// <summary>-1: the token or descriptor lacks what the condition needs, or evaluation hit an error.</summary>
    Unknown = -1,
}
