namespace NtSec.AccessControl.Rights;

/// <summary>
/// Access rights specific to Active Directory objects ([MS-ADTS] 5.1.3.2; iads.h ADS_RIGHTS_ENUM;
/// ntdsapi.h DS_GENERIC_*). The ADS_RIGHT_* names are printed; the [MS-ADTS] RIGHT_DS_* names
/// and the ntdsapi.h ACTRL_DS_* names are accepted as aliases.
/// </summary>
[Flags]
public enum DirectoryServiceAccessRights : uint
{
    /// <summary>ADS_RIGHT_DS_CREATE_CHILD (0x0001), SDDL "CC". iads.h; MS-ADTS 5.1.3.2.</summary>
    ADS_RIGHT_DS_CREATE_CHILD = 0x0001,
    /// <summary>ADS_RIGHT_DS_DELETE_CHILD (0x0002), SDDL "DC". iads.h; MS-ADTS 5.1.3.2.</summary>
    ADS_RIGHT_DS_DELETE_CHILD = 0x0002,
    /// <summary>ADS_RIGHT_ACTRL_DS_LIST (0x0004), SDDL "LC". iads.h; MS-ADTS 5.1.3.2.</summary>
    ADS_RIGHT_ACTRL_DS_LIST = 0x0004,
    /// <summary>ADS_RIGHT_DS_SELF (0x0008), validated write, SDDL "SW". iads.h; MS-ADTS 5.1.3.2.</summary>
    ADS_RIGHT_DS_SELF = 0x0008,
    /// <summary>ADS_RIGHT_DS_READ_PROP (0x0010), SDDL "RP". iads.h; MS-ADTS 5.1.3.2.</summary>
    ADS_RIGHT_DS_READ_PROP = 0x0010,
    /// <summary>ADS_RIGHT_DS_WRITE_PROP (0x0020), SDDL "WP". iads.h; MS-ADTS 5.1.3.2.</summary>
    ADS_RIGHT_DS_WRITE_PROP = 0x0020,
    /// <summary>ADS_RIGHT_DS_DELETE_TREE (0x0040), SDDL "DT". iads.h; MS-ADTS 5.1.3.2.</summary>
    ADS_RIGHT_DS_DELETE_TREE = 0x0040,
    /// <summary>ADS_RIGHT_DS_LIST_OBJECT (0x0080), SDDL "LO". iads.h; MS-ADTS 5.1.3.2.</summary>
    ADS_RIGHT_DS_LIST_OBJECT = 0x0080,
    /// <summary>ADS_RIGHT_DS_CONTROL_ACCESS (0x0100), extended rights, SDDL "CR". iads.h; MS-ADTS 5.1.3.2.</summary>
    ADS_RIGHT_DS_CONTROL_ACCESS = 0x0100,
    /// <summary>DS_GENERIC_ALL (0x000F01FF) = STANDARD_RIGHTS_REQUIRED and every DS right. ntdsapi.h.</summary>
    DS_GENERIC_ALL = 0x000F_01FF,
    /// <summary>DS_GENERIC_READ (0x00020094) = STANDARD_RIGHTS_READ|ACTRL_DS_LIST|ACTRL_DS_READ_PROP|ACTRL_DS_LIST_OBJECT. ntdsapi.h.</summary>
    DS_GENERIC_READ = 0x0002_0094,
    /// <summary>DS_GENERIC_WRITE (0x00020028) = STANDARD_RIGHTS_WRITE|ACTRL_DS_SELF|ACTRL_DS_WRITE_PROP. ntdsapi.h.</summary>
    DS_GENERIC_WRITE = 0x0002_0028,
    /// <summary>DS_GENERIC_EXECUTE (0x00020004) = STANDARD_RIGHTS_EXECUTE|ACTRL_DS_LIST. ntdsapi.h.</summary>
    DS_GENERIC_EXECUTE = 0x0002_0004,
    /// <summary>RIGHT_DS_CREATE_CHILD (0x0001). MS-ADTS 5.1.3.2.</summary>
    RIGHT_DS_CREATE_CHILD = 0x0001,
    /// <summary>RIGHT_DS_DELETE_CHILD (0x0002). MS-ADTS 5.1.3.2.</summary>
    RIGHT_DS_DELETE_CHILD = 0x0002,
    /// <summary>RIGHT_DS_LIST_CONTENTS (0x0004). MS-ADTS 5.1.3.2.</summary>
    RIGHT_DS_LIST_CONTENTS = 0x0004,
    /// <summary>RIGHT_DS_WRITE_PROPERTY_EXTENDED (0x0008). MS-ADTS 5.1.3.2.</summary>
    RIGHT_DS_WRITE_PROPERTY_EXTENDED = 0x0008,
    /// <summary>RIGHT_DS_READ_PROPERTY (0x0010). MS-ADTS 5.1.3.2.</summary>
    RIGHT_DS_READ_PROPERTY = 0x0010,
    /// <summary>RIGHT_DS_WRITE_PROPERTY (0x0020). MS-ADTS 5.1.3.2.</summary>
    RIGHT_DS_WRITE_PROPERTY = 0x0020,
    /// <summary>RIGHT_DS_DELETE_TREE (0x0040). MS-ADTS 5.1.3.2.</summary>
    RIGHT_DS_DELETE_TREE = 0x0040,
    /// <summary>RIGHT_DS_LIST_OBJECT (0x0080). MS-ADTS 5.1.3.2.</summary>
    RIGHT_DS_LIST_OBJECT = 0x0080,
    /// <summary>RIGHT_DS_CONTROL_ACCESS (0x0100). MS-ADTS 5.1.3.2.</summary>
    RIGHT_DS_CONTROL_ACCESS = 0x0100,
    /// <summary>ACTRL_DS_CREATE_CHILD (0x0001). ntdsapi.h.</summary>
    ACTRL_DS_CREATE_CHILD = 0x0001,
    /// <summary>ACTRL_DS_DELETE_CHILD (0x0002). ntdsapi.h.</summary>
    ACTRL_DS_DELETE_CHILD = 0x0002,
    /// <summary>ACTRL_DS_LIST (0x0004). ntdsapi.h; MS-SAMR 2.2.1.17.</summary>
    ACTRL_DS_LIST = 0x0004,
    /// <summary>ACTRL_DS_SELF (0x0008). ntdsapi.h.</summary>
    ACTRL_DS_SELF = 0x0008,
    /// <summary>ACTRL_DS_READ_PROP (0x0010). ntdsapi.h; MS-SAMR 2.2.1.17.</summary>
    ACTRL_DS_READ_PROP = 0x0010,
    /// <summary>ACTRL_DS_WRITE_PROP (0x0020). ntdsapi.h; MS-SAMR 2.2.1.17.</summary>
    ACTRL_DS_WRITE_PROP = 0x0020,
    /// <summary>ACTRL_DS_DELETE_TREE (0x0040). ntdsapi.h; MS-SAMR 2.2.1.17.</summary>
    ACTRL_DS_DELETE_TREE = 0x0040,
    /// <summary>ACTRL_DS_LIST_OBJECT (0x0080). ntdsapi.h.</summary>
    ACTRL_DS_LIST_OBJECT = 0x0080,
    /// <summary>ACTRL_DS_CONTROL_ACCESS (0x0100). ntdsapi.h; MS-SAMR 2.2.1.17.</summary>
    ACTRL_DS_CONTROL_ACCESS = 0x0100,
}
