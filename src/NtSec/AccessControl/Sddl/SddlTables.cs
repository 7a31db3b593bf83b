using System.Collections.Frozen;

namespace NtSec.AccessControl.Sddl;

/// <summary>
/// The SDDL code tables of MS-DTYP 2.5.1.1 and sddl.h: ACE types, ACE flags and access rights.
/// Codes are matched case-insensitively on input (windows_is_less_fussy.txt) and written upper-case.
/// </summary>
internal static class SddlTables
{
    /// <summary>ACE type codes (ace-type in MS-DTYP 2.5.1.1; AL, OL, TL, FL from sddl.h). ZA = 0x0B, XU = 0x0D (the MS-DTYP table swaps them).</summary>
    public static readonly (string Code, AceType Type)[] AceTypes =
    [
        ("A", AceType.AccessAllowed), ("D", AceType.AccessDenied), ("AU", AceType.SystemAudit), ("AL", AceType.SystemAlarm),
        ("OA", AceType.AccessAllowedObject), ("OD", AceType.AccessDeniedObject), ("OU", AceType.SystemAuditObject),
        ("OL", AceType.SystemAlarmObject), ("XA", AceType.AccessAllowedCallback), ("XD", AceType.AccessDeniedCallback),
        ("ZA", AceType.AccessAllowedCallbackObject), ("XU", AceType.SystemAuditCallback), ("ML", AceType.SystemMandatoryLabel),
        ("RA", AceType.SystemResourceAttribute), ("SP", AceType.SystemScopedPolicyId), ("TL", AceType.SystemProcessTrustLabel),
        ("FL", AceType.SystemAccessFilter),
    ];

    /// <summary>ACE flag codes in the bit order Windows writes them.</summary>
    public static readonly (string Code, AceFlags Flag)[] AceFlagCodes =
    [
        ("OI", AceFlags.ObjectInherit), ("CI", AceFlags.ContainerInherit), ("NP", AceFlags.NoPropagateInherit),
        ("IO", AceFlags.InheritOnly), ("ID", AceFlags.Inherited), ("CR", AceFlags.Critical),
        ("SA", AceFlags.SuccessfulAccess), ("FA", AceFlags.FailedAccess),
    ];

    /// <summary>TRUST_PROTECTED_FILTER_ACE_FLAG (sddl.h "TP"), the same bit as SA, used on FL ACEs.</summary>
    public const string TrustProtectedCode = "TP";

    /// <summary>Composite rights Windows writes when the mask equals them exactly (file, then registry).</summary>
    public static readonly (string Code, uint Mask)[] CompositeRights =
    [
        ("FA", 0x001F01FF), ("FR", 0x00120089), ("FW", 0x00120116), ("FX", 0x001200A0),
        ("KA", 0x000F003F), ("KR", 0x00020019), ("KW", 0x00020006), ("KX", 0x00020019),
    ];

    /// <summary>Single-bit rights in ascending bit order, the order of Windows' output ("CCDCLCSWRPWPDTLOCRSDRCWDWO").</summary>
    public static readonly (string Code, uint Mask)[] BitRights =
    [
        ("CC", 0x1), ("DC", 0x2), ("LC", 0x4), ("SW", 0x8), ("RP", 0x10), ("WP", 0x20), ("DT", 0x40), ("LO", 0x80),
        ("CR", 0x100), ("SD", 0x10000), ("RC", 0x20000), ("WD", 0x40000), ("WO", 0x80000),
        ("GA", 0x10000000), ("GX", 0x20000000), ("GW", 0x40000000), ("GR", 0x80000000),
    ];

    /// <summary>Mandatory-label rights (sddl.h SDDL_NO_WRITE_UP etc.), written for ML ACEs.</summary>
    public static readonly (string Code, uint Mask)[] LabelRights =
    [
        ("NW", 0x1), ("NR", 0x2), ("NX", 0x4),
    ];

    /// <summary>Every rights code accepted on input.</summary>
    public static readonly FrozenDictionary<string, uint> RightsByCode =
        CompositeRights.Concat(BitRights).Concat(LabelRights)
            .GroupBy(r => r.Code).ToFrozenDictionary(g => g.Key, g => g.First().Mask, StringComparer.OrdinalIgnoreCase);

    /// <summary>The code of an ACE type, or null when SDDL has none (0x04, 0x0C, 0x0E, 0x0F, 0x10, unknown).</summary>
    public static string? CodeOf(AceType type)
    {
        foreach (var (code, t) in AceTypes)
        {
            if (t == type)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>True for the ACE types whose SDDL may carry a conditional expression as a 7th field.</summary>
    public static bool TakesCondition(AceType type) => type is AceType.AccessAllowedCallback or AceType.AccessDeniedCallback
        or AceType.AccessAllowedCallbackObject or AceType.SystemAuditCallback or AceType.SystemAccessFilter;
}
