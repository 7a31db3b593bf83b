using System.Collections.Immutable;
using NtSec.AccessControl;
using NtSec.Principals;
using NtSec.Tokens;

namespace NtSec.Tests.Authorization;

/// <summary>Random but reproducible (token, descriptor, access) triples over a small SID pool.</summary>
internal sealed class RandomCases(int seed)
{
    private static readonly Sid[] Pool =
    [
        .. new[] { "S-1-1-0", "S-1-5-11", "S-1-5-32-544", "S-1-5-32-545", "S-1-5-12", "S-1-2-0", "S-1-5-4",
            "S-1-5-21-1-2-3-1001", "S-1-5-21-1-2-3-1002", "S-1-5-21-1-2-3-513", "S-1-3-4", "S-1-5-10" }.Select(Sid.Parse),
    ];

    private static readonly uint[] Bits = [0x1, 0x2, 0x4, 0x8, 0x10, 0x20, 0x40, 0x80, 0x100, 0x10000, 0x20000, 0x40000, 0x80000, 0x100000];

    private readonly Random _random = new(seed);

    public Sid AnySid() => Pool[_random.Next(Pool.Length - 2)];

    public uint Mask(int maxBits = 4)
    {
        uint mask = 0;
        int n = 1 + _random.Next(maxBits);
        for (int i = 0; i < n; i++)
        {
            mask |= Bits[_random.Next(Bits.Length)];
        }

        return mask;
    }

    public TokenState Token()
    {
        var groups = ImmutableArray.CreateBuilder<SidAndAttributes>();
        foreach (var sid in Pool.Take(Pool.Length - 2).Skip(1))
        {
            int kind = _random.Next(4);
            if (kind == 0)
            {
                continue;
            }

            var attributes = kind switch
            {
                1 => GroupAttributes.SE_GROUP_ENABLED | GroupAttributes.SE_GROUP_MANDATORY,
                2 => GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY,
                _ => GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT,
            };
            groups.Add(new SidAndAttributes(sid, attributes));
        }

        var privileges = ImmutableArray.CreateBuilder<LuidAndAttributes>();
        foreach (var p in new[] { WellKnownPrivilege.SeTakeOwnershipPrivilege, WellKnownPrivilege.SeSecurityPrivilege, WellKnownPrivilege.SeRelabelPrivilege })
        {
            if (_random.Next(4) == 0)
            {
                privileges.Add(new LuidAndAttributes(PrivilegeTable.ToLuid(p), _random.Next(2) == 0 ? PrivilegeAttributes.SE_PRIVILEGE_ENABLED : 0));
            }
        }

        return new TokenStateBuilder(Pool[0])
        {
            Groups = groups.ToImmutable(),
            Privileges = privileges.ToImmutable(),
            IntegrityLevel = (_random.Next(3) switch { 0 => IntegrityLevel.Low, 1 => IntegrityLevel.Medium, _ => IntegrityLevel.High }).ToSid(),
        }.Build();
    }

    public SecurityDescriptor Descriptor()
    {
        Acl? dacl = null;
        int shape = _random.Next(10);
        if (shape > 0)
        {
            var aces = new List<Ace>();
            int count = _random.Next(9);
            for (int i = 0; i < count; i++)
            {
                var type = _random.Next(3) == 0 ? AceType.AccessDenied : AceType.AccessAllowed;
                var flags = _random.Next(8) == 0 ? AceFlags.InheritOnly : AceFlags.None;
                var sid = _random.Next(10) == 0 ? Pool[Pool.Length - 2 + _random.Next(2)] : AnySid();
                aces.Add(Ace.Create(type, flags, Mask(), sid));
            }

            dacl = new Acl(aces);
        }

        Acl? sacl = _random.Next(4) == 0
            ? new Acl([Ace.Create(AceType.SystemMandatoryLabel, 0, (uint)(1 + _random.Next(7)),
                (_random.Next(2) == 0 ? IntegrityLevel.Low : IntegrityLevel.High).ToSid())])
            : null;
        var control = shape == 0 && _random.Next(2) == 0 ? SecurityDescriptorControl.DaclPresent : SecurityDescriptorControl.None;
        return new SecurityDescriptor(control, AnySid(), Pool[9], dacl, sacl);
    }

    public int Next(int max) => _random.Next(max);
}
