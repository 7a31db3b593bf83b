namespace NtSec.AccessControl.Conditional;

/// <summary>
/// The byte codes of the conditional-ACE token stream (MS-DTYP 2.4.4.17.4 to 2.4.4.17.8): literal,
/// attribute and operator tokens. The stream is postfix: operands come before their operator.
/// </summary>
public enum ConditionalToken : byte
{
    /// <summary>0x00: padding after the last token (MS-DTYP 2.4.4.17.4); never a real token.</summary>
    Padding = 0x00,

    /// <summary>0x01: signed 8-bit integer literal (still stored as 8 value bytes, sign, base).</summary>
    SignedInt8 = 0x01,

    /// <summary>0x02: signed 16-bit integer literal (stored like 0x04).</summary>
    SignedInt16 = 0x02,

    /// <summary>0x03: signed 32-bit integer literal (stored like 0x04).</summary>
    SignedInt32 = 0x03,

    /// <summary>0x04: signed 64-bit integer literal; the only width Windows' SDDL parser writes.</summary>
    SignedInt64 = 0x04,

    /// <summary>0x10: Unicode string literal (4-byte byte length, UTF-16LE, no terminator).</summary>
    UnicodeString = 0x10,

    /// <summary>0x18: octet string literal (4-byte length, bytes).</summary>
    OctetString = 0x18,

    /// <summary>0x50: composite literal (4-byte byte length, then literal tokens).</summary>
    Composite = 0x50,

    /// <summary>0x51: SID literal (4-byte length, binary SID).</summary>
    Sid = 0x51,

    /// <summary>0x80: <c>==</c>.</summary>
    Equal = 0x80,

    /// <summary>0x81: <c>!=</c>.</summary>
    NotEqual = 0x81,

    /// <summary>0x82: <c>&lt;</c>.</summary>
    LessThan = 0x82,

    /// <summary>0x83: <c>&lt;=</c>.</summary>
    LessThanOrEqual = 0x83,

    /// <summary>0x84: <c>&gt;</c>.</summary>
    GreaterThan = 0x84,

    /// <summary>0x85: <c>&gt;=</c>.</summary>
    GreaterThanOrEqual = 0x85,

    /// <summary>0x86: <c>Contains</c>.</summary>
    Contains = 0x86,

    /// <summary>0x87: <c>Exists</c> (unary).</summary>
    Exists = 0x87,

    /// <summary>0x88: <c>Any_of</c>.</summary>
    AnyOf = 0x88,

    /// <summary>0x89: <c>Member_of</c> (unary).</summary>
    MemberOf = 0x89,

    /// <summary>0x8A: <c>Device_Member_of</c> (unary).</summary>
    DeviceMemberOf = 0x8A,

    /// <summary>0x8B: <c>Member_of_Any</c> (unary; Windows writes "Member_of_any").</summary>
    MemberOfAny = 0x8B,

    /// <summary>0x8C: <c>Device_Member_of_Any</c> (unary).</summary>
    DeviceMemberOfAny = 0x8C,

    /// <summary>0x8D: <c>Not_Exists</c> (unary).</summary>
    NotExists = 0x8D,

    /// <summary>0x8E: <c>Not_Contains</c>.</summary>
    NotContains = 0x8E,

    /// <summary>0x8F: <c>Not_Any_of</c>.</summary>
    NotAnyOf = 0x8F,

    /// <summary>0x90: <c>Not_Member_of</c> (unary).</summary>
    NotMemberOf = 0x90,

    /// <summary>0x91: <c>Not_Device_Member_of</c> (unary).</summary>
    NotDeviceMemberOf = 0x91,

    /// <summary>0x92: <c>Not_Member_of_Any</c> (unary).</summary>
    NotMemberOfAny = 0x92,

    /// <summary>0x93: <c>Not_Device_Member_of_Any</c> (unary).</summary>
    NotDeviceMemberOfAny = 0x93,

    /// <summary>0xA0: <c>&amp;&amp;</c>.</summary>
    And = 0xA0,

    /// <summary>0xA1: <c>||</c>.</summary>
    Or = 0xA1,

    /// <summary>0xA2: <c>!</c> (unary).</summary>
    Not = 0xA2,

    /// <summary>0xF8: local attribute (a claim name without an @ prefix).</summary>
    LocalAttribute = 0xF8,

    /// <summary>0xF9: user attribute (<c>@User.</c>).</summary>
    UserAttribute = 0xF9,

    /// <summary>0xFA: resource attribute (<c>@Resource.</c>, from the SACL's RA ACEs).</summary>
    ResourceAttribute = 0xFA,

    /// <summary>0xFB: device attribute (<c>@Device.</c>).</summary>
    DeviceAttribute = 0xFB,
}
