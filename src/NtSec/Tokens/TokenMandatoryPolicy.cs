namespace NtSec.Tokens;

/// <summary>TOKEN_MANDATORY_POLICY.Policy (winnt.h; MS-DTYP 2.5.2).</summary>
[Flags]
public enum TokenMandatoryPolicy : uint
{
    /// <summary>TOKEN_MANDATORY_POLICY_OFF.</summary>
    TOKEN_MANDATORY_POLICY_OFF = 0,
    /// <summary>TOKEN_MANDATORY_POLICY_NO_WRITE_UP: the mandatory integrity check applies.</summary>
    TOKEN_MANDATORY_POLICY_NO_WRITE_UP = 1,
    /// <summary>TOKEN_MANDATORY_POLICY_NEW_PROCESS_MIN.</summary>
    TOKEN_MANDATORY_POLICY_NEW_PROCESS_MIN = 2,
}
