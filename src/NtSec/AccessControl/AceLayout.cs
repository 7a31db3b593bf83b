namespace NtSec.AccessControl;

/// <summary>How the body of an ACE of a given type is laid out (MS-DTYP 2.4.4).</summary>
public enum AceLayout
{
    /// <summary>Mask, SID, then optional application data (MS-DTYP 2.4.4.2 and its relatives).</summary>
    Basic,
    /// <summary>Mask, object flags, up to two GUIDs, SID, then optional application data (MS-DTYP 2.4.4.3).</summary>
    Object,
    /// <summary>A layout NtSec keeps as opaque bytes: compound ACEs (type 0x04) and types above 0x15.</summary>
    Opaque,
}
