namespace NtSec.Kernel;

/// <summary>One entry of a handle table: the object, the access granted at open, and the handle's flags.</summary>
/// <param name="Object">The referenced object.</param>
/// <param name="GrantedAccess">The access granted when the handle was created (already mapped, never generic).</param>
/// <param name="Attributes">OBJ_INHERIT and friends, as given at creation.</param>
/// <param name="ProtectFromClose">HANDLE_FLAG_PROTECT_FROM_CLOSE: NtClose fails with STATUS_HANDLE_NOT_CLOSABLE.</param>
public sealed record HandleEntry(KernelObject Object, uint GrantedAccess, ObjectAttributeFlags Attributes, bool ProtectFromClose = false);
