using System.Collections.Immutable;
using NtSec.Principals;
using NtSec.Tokens;

namespace NtSec.Tests.Authorization;

/// <summary>Small tokens for engine tests: a user in S-1-5-21-1-2-3 with the groups a test names.</summary>
internal static class TestTokens
{
    public static readonly Sid User = Sid.Parse("S-1-5-21-1-2-3-1001");
    public const GroupAttributes Enabled = GroupAttributes.SE_GROUP_MANDATORY | GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT | GroupAttributes.SE_GROUP_ENABLED;
    public const GroupAttributes DenyOnly = GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY;

    public static TokenStateBuilder Builder(params (string Sid, GroupAttributes Attributes)[] groups) => new(User)
    {
        Groups = [.. groups.Select(g => new SidAndAttributes(Sid.Parse(g.Sid), g.Attributes))],
    };

    /// <summary>User plus Everyone, Users and Authenticated Users, all enabled.</summary>
    public static TokenState Standard() => Builder(("S-1-1-0", Enabled), ("S-1-5-32-545", Enabled), ("S-1-5-11", Enabled)).Build();

    /// <summary>Standard plus enabled BUILTIN\Administrators.</summary>
    public static TokenState Admin() =>
        Builder(("S-1-1-0", Enabled), ("S-1-5-32-545", Enabled), ("S-1-5-11", Enabled), ("S-1-5-32-544", Enabled | GroupAttributes.SE_GROUP_OWNER)).Build();

    public static TokenState WithPrivileges(this TokenState token, params WellKnownPrivilege[] enabled)
    {
        var b = token.ToBuilder();
        b.Privileges = [.. enabled.Select(p => new LuidAndAttributes(PrivilegeTable.ToLuid(p), PrivilegeAttributes.SE_PRIVILEGE_ENABLED))];
        return b.Build();
    }

    public static TokenState Restricted(this TokenState token, bool writeRestricted, params string[] sids)
    {
        var b = token.ToBuilder();
        b.RestrictedSids = [.. sids.Select(s => new SidAndAttributes(Sid.Parse(s), Enabled))];
        if (writeRestricted)
        {
            b.Flags |= TokenFlags.TOKEN_WRITE_RESTRICTED;
        }

        return b.Build();
    }

    public static TokenState AtIntegrity(this TokenState token, IntegrityLevel level)
    {
        var b = token.ToBuilder();
        b.IntegrityLevel = level.ToSid();
        return b.Build();
    }

    public static ImmutableArray<T> Array<T>(params T[] items) => [.. items];
}
