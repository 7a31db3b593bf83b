namespace NtSec.Principals;

/// <summary>
/// An account as LookupAccountSid reports it: the SID, the referenced domain name (empty for
/// SIDs such as Everyone), the account name and its SID_NAME_USE.
/// </summary>
/// <param name="Sid">The account's SID.</param>
/// <param name="Domain">The referenced domain ("NT AUTHORITY", "BUILTIN", ...), or empty.</param>
/// <param name="Name">The account name.</param>
/// <param name="Use">The kind of account.</param>
public sealed record SidAccountName(Sid Sid, string Domain, string Name, SidNameUse Use)
{
    /// <summary>"DOMAIN\Name", or just the name when the domain is empty.</summary>
    public string FullName => Domain.Length == 0 ? Name : Domain + "\\" + Name;

    /// <inheritdoc/>
    public override string ToString() => FullName;
}
