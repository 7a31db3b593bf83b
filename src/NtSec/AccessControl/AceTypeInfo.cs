namespace NtSec.AccessControl;

/// <summary>Facts about ACE types: layout, allow/deny/audit class.</summary>
public static class AceTypeInfo
{
    /// <summary>The body layout of <paramref name="type"/>.</summary>
    public static AceLayout LayoutOf(AceType type) => type switch
    {
        AceType.AccessAllowedObject or AceType.AccessDeniedObject or AceType.SystemAuditObject
            or AceType.SystemAlarmObject or AceType.AccessAllowedCallbackObject
            or AceType.AccessDeniedCallbackObject or AceType.SystemAuditCallbackObject
            or AceType.SystemAlarmCallbackObject => AceLayout.Object,
        AceType.AccessAllowedCompound => AceLayout.Opaque,
        _ when (byte)type > (byte)AceType.SystemAccessFilter => AceLayout.Opaque,
        _ => AceLayout.Basic,
    };

    /// <summary>True for object ACE types (they need ACL revision 4, ACL_REVISION_DS).</summary>
    public static bool IsObjectAce(AceType type) => LayoutOf(type) == AceLayout.Object;

    /// <summary>True for the callback types whose application data may hold a conditional expression (MS-DTYP 2.4.4.17).</summary>
    public static bool IsCallback(AceType type) => type is AceType.AccessAllowedCallback or AceType.AccessDeniedCallback
        or AceType.AccessAllowedCallbackObject or AceType.AccessDeniedCallbackObject or AceType.SystemAuditCallback
        or AceType.SystemAlarmCallback or AceType.SystemAuditCallbackObject or AceType.SystemAlarmCallbackObject;

    /// <summary>True for the types that grant access in a DACL walk.</summary>
    public static bool IsAllow(AceType type) => type is AceType.AccessAllowed or AceType.AccessAllowedObject
        or AceType.AccessAllowedCallback or AceType.AccessAllowedCallbackObject or AceType.AccessAllowedCompound;

    /// <summary>True for the types that deny access in a DACL walk.</summary>
    public static bool IsDeny(AceType type) => type is AceType.AccessDenied or AceType.AccessDeniedObject
        or AceType.AccessDeniedCallback or AceType.AccessDeniedCallbackObject;
}
