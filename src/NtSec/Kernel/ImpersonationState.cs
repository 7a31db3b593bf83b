using NtSec.Tokens;

namespace NtSec.Kernel;

/// <summary>
/// What a thread impersonates (the ETHREAD's impersonation information): the token object, the
/// level it is used at, and the flags PsImpersonateClient records.
/// </summary>
/// <param name="Token">The impersonation token object (shared, not copied: IMP-05).</param>
/// <param name="Level">The effective impersonation level.</param>
/// <param name="CopyOnOpen">Whether NtOpenThreadToken returns a copy rather than the object.</param>
/// <param name="EffectiveOnly">Whether only enabled privileges and groups count.</param>
/// <param name="Note">Why the level is what it is (a silent downgrade is recorded here), or null.</param>
public sealed record ImpersonationState(TokenObject Token, SecurityImpersonationLevel Level, bool CopyOnOpen, bool EffectiveOnly, string? Note = null);
