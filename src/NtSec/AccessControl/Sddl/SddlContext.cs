using System.Collections.Frozen;
using NtSec.Principals;

namespace NtSec.AccessControl.Sddl;

/// <summary>
/// What domain- and machine-relative SDDL aliases resolve against (MS-DTYP 2.5.1.1). Without a
/// domain SID, such aliases are an error when parsing and are never produced when formatting.
/// </summary>
public sealed class SddlContext
{
    /// <summary>Creates a context. Machine and forest-root SIDs default to the domain SID.</summary>
    public SddlContext(Sid? domainSid, Sid? machineSid = null, Sid? forestRootSid = null)
    {
        DomainSid = domainSid;
        MachineSid = machineSid ?? domainSid;
        ForestRootSid = forestRootSid ?? domainSid;
        var byAlias = new Dictionary<string, Sid>(StringComparer.OrdinalIgnoreCase);
        var bySid = new Dictionary<Sid, string>();
        foreach (var alias in SddlSidAliases.All)
        {
            if (ResolveUncached(alias) is { } sid)
            {
                byAlias[alias.Alias] = sid;
                bySid.TryAdd(sid, alias.Alias); // the first alias in table order is the one Windows writes
            }
        }

        _byAlias = byAlias.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _aliasBySid = bySid.ToFrozenDictionary();
    }

    private readonly FrozenDictionary<string, Sid> _byAlias;
    private readonly FrozenDictionary<Sid, string> _aliasBySid;

    /// <summary>A context with no domain: relative aliases are rejected.</summary>
    public static SddlContext Default { get; } = new(null);

    /// <summary>The domain SID for DA, DU, DG, ...</summary>
    public Sid? DomainSid { get; }

    /// <summary>The machine SID for LA and LG.</summary>
    public Sid? MachineSid { get; }

    /// <summary>The forest root domain SID for EA, SA, RO, EK.</summary>
    public Sid? ForestRootSid { get; }

    /// <summary>The SID an alias stands for here, or null when its base is not known.</summary>
    public Sid? Resolve(SddlSidAlias alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        return _byAlias.GetValueOrDefault(alias.Alias);
    }

    /// <summary>The SID of a two-letter alias (any case), or null when unknown or unresolvable here.</summary>
    internal Sid? Resolve(ReadOnlySpan<char> alias) =>
        _byAlias.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(alias, out var sid) ? sid : null;

    /// <summary>The alias Windows writes for <paramref name="sid"/> here, or null.</summary>
    internal string? AliasOf(Sid sid) => _aliasBySid.GetValueOrDefault(sid);

    private Sid? ResolveUncached(SddlSidAlias alias) =>
        alias.Base switch
        {
            SddlSidBase.Fixed => Sid.Parse(alias.Sid!),
            SddlSidBase.Domain => DomainSid?.Append(alias.Rid),
            SddlSidBase.Machine => MachineSid?.Append(alias.Rid),
            _ => ForestRootSid?.Append(alias.Rid),
        };

    /// <summary>
    /// Parses a SID field as Windows does: a two-letter alias (any case) or an "S-" string, with
    /// Windows' leniencies ("S-0x1-" makes later numbers hexadecimal; sub-authorities that overflow
    /// 32 bits saturate). <paramref name="offset"/> is where <paramref name="token"/> starts in the input.
    /// </summary>
    public bool TryParseSid(ReadOnlySpan<char> token, int offset, [NotNullWhen(true)] out Sid? sid, out ParseError error) =>
        SddlSidReader.TryRead(this, token, offset, out sid, out error);

    /// <summary>The SDDL form of a SID: its alias when it has one here, else "S-1-...".</summary>
    public string FormatSid(Sid sid) => SddlSidWriter.Format(this, sid);
}
