namespace NtSec.AccessControl.Conditional;

/// <summary>
/// The base byte stored with an integer literal (MS-DTYP 2.4.4.17.5): how the number was written
/// in SDDL ("017" octal, "15" decimal, "0xf" hexadecimal). Display only.
/// </summary>
public enum ConditionalIntegerBase : byte
{
    /// <summary>1: octal, written with a leading 0.</summary>
    Octal = 1,

    /// <summary>2: decimal.</summary>
    Decimal = 2,

    /// <summary>3: hexadecimal, written with 0x.</summary>
    Hexadecimal = 3,
}
