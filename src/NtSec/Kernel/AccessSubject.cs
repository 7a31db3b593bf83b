namespace NtSec.Kernel;

/// <summary>Whose token an open is checked against.</summary>
public enum AccessSubject
{
    /// <summary>The calling thread's effective token: its impersonation token, else the process token.</summary>
    Effective,
    /// <summary>The calling process's primary token (NtOpenThreadToken with OpenAsSelf TRUE).</summary>
    ProcessSelf,
}
