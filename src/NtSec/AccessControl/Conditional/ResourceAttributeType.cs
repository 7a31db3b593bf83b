namespace NtSec.AccessControl.Conditional;

/// <summary>
/// The ValueType of a resource attribute (MS-DTYP 2.4.10.1 CLAIM_SECURITY_ATTRIBUTE_RELATIVE_V1)
/// and its SDDL letter (MS-DTYP 2.5.1.1: TI, TU, TS, TD, TB, TX).
/// </summary>
public enum ResourceAttributeType : ushort
{
    /// <summary>0x0001 CLAIM_SECURITY_ATTRIBUTE_TYPE_INT64 ("TI"): 8-byte signed values.</summary>
    Int64 = 0x0001,

    /// <summary>0x0002 CLAIM_SECURITY_ATTRIBUTE_TYPE_UINT64 ("TU"): 8-byte unsigned values.</summary>
    UInt64 = 0x0002,

    /// <summary>0x0003 CLAIM_SECURITY_ATTRIBUTE_TYPE_STRING ("TS"): NUL-terminated UTF-16 strings.</summary>
    String = 0x0003,

    /// <summary>0x0005 CLAIM_SECURITY_ATTRIBUTE_TYPE_SID ("TD"): SIDs, each as a length and the binary SID.</summary>
    Sid = 0x0005,

    /// <summary>0x0006 CLAIM_SECURITY_ATTRIBUTE_TYPE_BOOLEAN ("TB"): 8-byte values 0 or 1.</summary>
    Boolean = 0x0006,

    /// <summary>0x0010 CLAIM_SECURITY_ATTRIBUTE_TYPE_OCTET_STRING ("TX"): a length and the bytes.</summary>
    OctetString = 0x0010,
}
