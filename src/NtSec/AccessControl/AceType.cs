namespace NtSec.AccessControl;

/// <summary>ACE_HEADER.AceType values (MS-DTYP 2.4.4.1). Values above 0x15 are kept as unknown.</summary>
public enum AceType : byte
{
    /// <summary>ACCESS_ALLOWED_ACE_TYPE (SDDL "A").</summary>
    AccessAllowed = 0x00,
    /// <summary>ACCESS_DENIED_ACE_TYPE (SDDL "D").</summary>
    AccessDenied = 0x01,
    /// <summary>SYSTEM_AUDIT_ACE_TYPE (SDDL "AU").</summary>
    SystemAudit = 0x02,
    /// <summary>SYSTEM_ALARM_ACE_TYPE (SDDL "AL").</summary>
    SystemAlarm = 0x03,
    /// <summary>ACCESS_ALLOWED_COMPOUND_ACE_TYPE (no SDDL code).</summary>
    AccessAllowedCompound = 0x04,
    /// <summary>ACCESS_ALLOWED_OBJECT_ACE_TYPE (SDDL "OA").</summary>
    AccessAllowedObject = 0x05,
    /// <summary>ACCESS_DENIED_OBJECT_ACE_TYPE (SDDL "OD").</summary>
    AccessDeniedObject = 0x06,
    /// <summary>SYSTEM_AUDIT_OBJECT_ACE_TYPE (SDDL "OU").</summary>
    SystemAuditObject = 0x07,
    /// <summary>SYSTEM_ALARM_OBJECT_ACE_TYPE (SDDL "OL").</summary>
    SystemAlarmObject = 0x08,
    /// <summary>ACCESS_ALLOWED_CALLBACK_ACE_TYPE (SDDL "XA").</summary>
    AccessAllowedCallback = 0x09,
    /// <summary>ACCESS_DENIED_CALLBACK_ACE_TYPE (SDDL "XD").</summary>
    AccessDeniedCallback = 0x0A,
    /// <summary>ACCESS_ALLOWED_CALLBACK_OBJECT_ACE_TYPE (SDDL "ZA").</summary>
    AccessAllowedCallbackObject = 0x0B,
    /// <summary>ACCESS_DENIED_CALLBACK_OBJECT_ACE_TYPE (no SDDL code).</summary>
    AccessDeniedCallbackObject = 0x0C,
    /// <summary>SYSTEM_AUDIT_CALLBACK_ACE_TYPE (SDDL "XU").</summary>
    SystemAuditCallback = 0x0D,
    /// <summary>SYSTEM_ALARM_CALLBACK_ACE_TYPE (no SDDL code).</summary>
    SystemAlarmCallback = 0x0E,
    /// <summary>SYSTEM_AUDIT_CALLBACK_OBJECT_ACE_TYPE (no SDDL code).</summary>
    SystemAuditCallbackObject = 0x0F,
    /// <summary>SYSTEM_ALARM_CALLBACK_OBJECT_ACE_TYPE (no SDDL code).</summary>
    SystemAlarmCallbackObject = 0x10,
    /// <summary>SYSTEM_MANDATORY_LABEL_ACE_TYPE (SDDL "ML").</summary>
    SystemMandatoryLabel = 0x11,
    /// <summary>SYSTEM_RESOURCE_ATTRIBUTE_ACE_TYPE (SDDL "RA").</summary>
    SystemResourceAttribute = 0x12,
    /// <summary>SYSTEM_SCOPED_POLICY_ID_ACE_TYPE (SDDL "SP").</summary>
    SystemScopedPolicyId = 0x13,
    /// <summary>SYSTEM_PROCESS_TRUST_LABEL_ACE_TYPE (SDDL "TL").</summary>
    SystemProcessTrustLabel = 0x14,
    /// <summary>SYSTEM_ACCESS_FILTER_ACE_TYPE (SDDL "FL").</summary>
    SystemAccessFilter = 0x15,
}
