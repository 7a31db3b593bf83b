namespace NtSec.AccessControl.Sddl;

/// <summary>What an SDDL SID alias is relative to.</summary>
public enum SddlSidBase
{
    /// <summary>A fixed, well-known SID.</summary>
    Fixed,
    /// <summary>The domain SID (DA, DU, ...).</summary>
    Domain,
    /// <summary>The machine (local account) SID: LA, LG.</summary>
    Machine,
    /// <summary>The forest root domain SID: EA, SA, RO, EK.</summary>
    ForestRoot,
}
