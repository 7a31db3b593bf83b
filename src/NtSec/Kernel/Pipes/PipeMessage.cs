using NtSec.Kernel.Impersonation;

namespace NtSec.Kernel.Pipes;

/// <summary>
/// One write waiting in a pipe instance's queue: its bytes and, for a message from the client, the client's
/// security context that travels with it (the server impersonates "the security context of the last message
/// read from the pipe", ImpersonateNamedPipeClient page).
/// </summary>
/// <param name="Data">The bytes written.</param>
/// <param name="ClientContext">The client's context for a client-to-server message; null for the server's messages.</param>
public sealed record PipeMessage(byte[] Data, ClientSecurityContext? ClientContext);
