using System.Globalization;

namespace NtSec.AccessControl;

/// <summary>
/// An ACCESS_MASK (MS-DTYP 2.4.3): specific rights in bits 0-15, standard rights in 16-20,
/// ACCESS_SYSTEM_SECURITY (24), MAXIMUM_ALLOWED (25) and the generic rights in 28-31.
/// </summary>
/// <param name="Value">The 32-bit mask.</param>
public readonly record struct AccessMask(uint Value)
{
    /// <summary>DELETE.</summary>
    public const uint Delete = 0x0001_0000;
    /// <summary>READ_CONTROL.</summary>
    public const uint ReadControl = 0x0002_0000;
    /// <summary>WRITE_DAC.</summary>
    public const uint WriteDac = 0x0004_0000;
    /// <summary>WRITE_OWNER.</summary>
    public const uint WriteOwner = 0x0008_0000;
    /// <summary>SYNCHRONIZE.</summary>
    public const uint Synchronize = 0x0010_0000;
    /// <summary>STANDARD_RIGHTS_REQUIRED.</summary>
    public const uint StandardRightsRequired = 0x000F_0000;
    /// <summary>STANDARD_RIGHTS_ALL.</summary>
    public const uint StandardRightsAll = 0x001F_0000;
    /// <summary>SPECIFIC_RIGHTS_ALL.</summary>
    public const uint SpecificRightsAll = 0x0000_FFFF;
    /// <summary>ACCESS_SYSTEM_SECURITY.</summary>
    public const uint AccessSystemSecurity = 0x0100_0000;
    /// <summary>MAXIMUM_ALLOWED.</summary>
    public const uint MaximumAllowed = 0x0200_0000;
    /// <summary>GENERIC_ALL.</summary>
    public const uint GenericAll = 0x1000_0000;
    /// <summary>GENERIC_EXECUTE.</summary>
    public const uint GenericExecute = 0x2000_0000;
    /// <summary>GENERIC_WRITE.</summary>
    public const uint GenericWrite = 0x4000_0000;
    /// <summary>GENERIC_READ.</summary>
    public const uint GenericRead = 0x8000_0000;
    /// <summary>All four generic bits.</summary>
    public const uint GenericBits = GenericAll | GenericExecute | GenericWrite | GenericRead;

    /// <summary>True when any generic bit is set.</summary>
    public bool HasGenericBits => (Value & GenericBits) != 0;

    /// <summary>True when every bit of <paramref name="other"/> is set here.</summary>
    public bool Contains(AccessMask other) => (Value & other.Value) == other.Value;

    /// <summary>The mask as 0x%08X.</summary>
    public override string ToString() => "0x" + Value.ToString("X8", CultureInfo.InvariantCulture);

    /// <summary>Converts from a raw mask.</summary>
    public static implicit operator AccessMask(uint value) => new(value);

    /// <summary>Bitwise OR.</summary>
    public static AccessMask operator |(AccessMask a, AccessMask b) => new(a.Value | b.Value);

    /// <summary>Bitwise AND.</summary>
    public static AccessMask operator &(AccessMask a, AccessMask b) => new(a.Value & b.Value);

    /// <summary>Bitwise complement.</summary>
    public static AccessMask operator ~(AccessMask a) => new(~a.Value);

    /// <summary>Named alternative to the implicit conversion.</summary>
    public static AccessMask FromUInt32(uint value) => new(value);

    /// <summary>Named alternative to <c>|</c>.</summary>
    public static AccessMask BitwiseOr(AccessMask a, AccessMask b) => a | b;

    /// <summary>Named alternative to <c>&amp;</c>.</summary>
    public static AccessMask BitwiseAnd(AccessMask a, AccessMask b) => a & b;

    /// <summary>Named alternative to <c>~</c>.</summary>
    public static AccessMask OnesComplement(AccessMask a) => ~a;
}
