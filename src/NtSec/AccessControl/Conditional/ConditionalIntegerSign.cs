namespace NtSec.AccessControl.Conditional;

/// <summary>
/// The sign byte stored with an integer literal (MS-DTYP 2.4.4.17.5). It records how the number
/// was written so that SDDL output reproduces it; it does not change the value.
/// </summary>
public enum ConditionalIntegerSign : byte
{
    /// <summary>1: written with a leading '+'.</summary>
    Positive = 1,

    /// <summary>2: written with a leading '-'.</summary>
    Negative = 2,

    /// <summary>3: written without a sign.</summary>
    None = 3,
}
