namespace NtSec.Principals;

/// <summary>SID_NAME_USE (winnt.h): what kind of account LookupAccountSid/LookupAccountName found.</summary>
public enum SidNameUse
{
    /// <summary>SidTypeUser.</summary>
    User = 1,
    /// <summary>SidTypeGroup.</summary>
    Group = 2,
    /// <summary>SidTypeDomain.</summary>
    Domain = 3,
    /// <summary>SidTypeAlias (a local group such as the BUILTIN aliases).</summary>
    Alias = 4,
    /// <summary>SidTypeWellKnownGroup.</summary>
    WellKnownGroup = 5,
    /// <summary>SidTypeDeletedAccount.</summary>
    DeletedAccount = 6,
    /// <summary>SidTypeInvalid.</summary>
    Invalid = 7,
    /// <summary>SidTypeUnknown.</summary>
    Unknown = 8,
    /// <summary>SidTypeComputer.</summary>
    Computer = 9,
    /// <summary>SidTypeLabel (a mandatory integrity label).</summary>
    Label = 10,
    /// <summary>SidTypeLogonSession (a logon SID S-1-5-5-X-Y).</summary>
    LogonSession = 11,
}
