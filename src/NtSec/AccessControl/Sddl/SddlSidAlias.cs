namespace NtSec.AccessControl.Sddl;

/// <summary>
/// One two-letter SDDL SID alias (MS-DTYP 2.5.1.1, sddl.h): either a fixed SID, or a RID
/// relative to the domain, the machine or the forest root.
/// </summary>
/// <param name="Alias">The two-letter code.</param>
/// <param name="Sid">The fixed SID text, or null for a relative alias.</param>
/// <param name="Base">What a relative alias is relative to.</param>
/// <param name="Rid">The RID appended to the base SID.</param>
public sealed record SddlSidAlias(string Alias, string? Sid, SddlSidBase Base, uint Rid);
