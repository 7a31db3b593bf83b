using NtSec.Tokens;

namespace NtSec.Kernel.Impersonation;

/// <summary>
/// SECURITY_SUBJECT_CONTEXT: the tokens of a thread at one moment, as SeCaptureSubjectContext records
/// them for an access check or for <see cref="ClientSecurity.SeCreateClientSecurityFromSubjectContext"/>.
/// The token objects are referenced, not copied: a later change to a token is seen through them.
/// </summary>
/// <param name="ClientToken">The thread's impersonation token, or null when the thread does not impersonate.</param>
/// <param name="ImpersonationLevel">
/// The level the thread impersonates at (as the thread stores it, not the token's own level); meaningful
/// only with a <paramref name="ClientToken"/>, SecurityAnonymous otherwise.
/// </param>
/// <param name="PrimaryToken">The primary token of the process.</param>
/// <param name="ProcessAuditId">The process id (the ProcessAuditId Windows records).</param>
public sealed record SubjectContext(TokenObject? ClientToken, SecurityImpersonationLevel ImpersonationLevel, TokenObject PrimaryToken,
    int ProcessAuditId);
