namespace NtSec.Tokens.Operations;

/// <summary>
/// The Flags of CreateRestrictedToken / NtFilterToken / SeFilterToken (winnt.h; Microsoft
/// "CreateRestrictedToken function" page).
/// </summary>
[Flags]
public enum FilterTokenFlags : uint
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>DISABLE_MAX_PRIVILEGE: delete every privilege except SeChangeNotifyPrivilege; PrivilegesToDelete is ignored.</summary>
    DISABLE_MAX_PRIVILEGE = 0x1,

    /// <summary>SANDBOX_INERT: store TOKEN_SANDBOX_INERT (AppLocker and SRP are not checked).</summary>
    SANDBOX_INERT = 0x2,

    /// <summary>LUA_TOKEN: "The new token is a LUA token." Not modelled (see TokenFilter).</summary>
    LUA_TOKEN = 0x4,

    /// <summary>WRITE_RESTRICTED: the restricting SIDs are considered only when evaluating write access.</summary>
    WRITE_RESTRICTED = 0x8,
}
