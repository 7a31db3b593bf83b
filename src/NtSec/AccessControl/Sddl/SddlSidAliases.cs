using System.Collections.Frozen;

namespace NtSec.AccessControl.Sddl;

/// <summary>
/// The SDDL SID alias table (MS-DTYP 2.5.1.1 sid-token, sddl.h SDDL_* strings), in the order
/// Windows' table lists them; formatting uses the first alias whose SID matches.
/// </summary>
public static class SddlSidAliases
{
    /// <summary>Every alias, in table order.</summary>
    public static IReadOnlyList<SddlSidAlias> All { get; } =
    [
        Fixed("AN", "S-1-5-7"), Fixed("AO", "S-1-5-32-548"), Fixed("AU", "S-1-5-11"), Fixed("BA", "S-1-5-32-544"),
        Fixed("BG", "S-1-5-32-546"), Fixed("BO", "S-1-5-32-551"), Fixed("BU", "S-1-5-32-545"),
        Relative("CA", SddlSidBase.Domain, 517), Fixed("CG", "S-1-3-1"), Fixed("CO", "S-1-3-0"),
        Relative("DA", SddlSidBase.Domain, 512), Relative("DC", SddlSidBase.Domain, 515),
        Relative("DD", SddlSidBase.Domain, 516), Relative("DG", SddlSidBase.Domain, 514),
        Relative("DU", SddlSidBase.Domain, 513), Relative("EA", SddlSidBase.ForestRoot, 519),
        Fixed("ED", "S-1-5-9"), Fixed("WD", "S-1-1-0"), Relative("PA", SddlSidBase.Domain, 520),
        Fixed("IU", "S-1-5-4"), Relative("LA", SddlSidBase.Machine, 500), Relative("LG", SddlSidBase.Machine, 501),
        Fixed("LS", "S-1-5-19"), Fixed("SY", "S-1-5-18"), Fixed("NU", "S-1-5-2"), Fixed("NO", "S-1-5-32-556"),
        Fixed("NS", "S-1-5-20"), Fixed("PO", "S-1-5-32-550"), Fixed("PS", "S-1-5-10"), Fixed("PU", "S-1-5-32-547"),
        Relative("RS", SddlSidBase.Domain, 553), Fixed("RD", "S-1-5-32-555"), Fixed("RE", "S-1-5-32-552"),
        Fixed("RC", "S-1-5-12"), Relative("SA", SddlSidBase.ForestRoot, 518), Fixed("SO", "S-1-5-32-549"),
        Fixed("SU", "S-1-5-6"), Fixed("LW", "S-1-16-4096"), Fixed("ME", "S-1-16-8192"), Fixed("MP", "S-1-16-8448"),
        Fixed("HI", "S-1-16-12288"), Fixed("SI", "S-1-16-16384"), Fixed("RU", "S-1-5-32-554"),
        Fixed("WR", "S-1-5-33"), Fixed("CD", "S-1-5-32-574"), Fixed("OW", "S-1-3-4"),
        Fixed("ER", "S-1-5-32-573"), Relative("RO", SddlSidBase.ForestRoot, 498), Fixed("CY", "S-1-5-32-569"),
        Fixed("MU", "S-1-5-32-558"), Fixed("LU", "S-1-5-32-559"), Fixed("IS", "S-1-5-32-568"),
        Relative("CN", SddlSidBase.Domain, 522), Fixed("AC", "S-1-15-2-1"), Fixed("RA", "S-1-5-32-575"),
        Fixed("ES", "S-1-5-32-576"), Fixed("MS", "S-1-5-32-577"), Fixed("UD", "S-1-5-84-0-0-0-0-0"),
        Fixed("HA", "S-1-5-32-578"), Relative("KA", SddlSidBase.Domain, 526), Relative("EK", SddlSidBase.ForestRoot, 527),
        Relative("AP", SddlSidBase.Domain, 525), Fixed("AA", "S-1-5-32-579"), Fixed("RM", "S-1-5-32-580"),
        Fixed("AS", "S-1-18-1"), Fixed("SS", "S-1-18-2"),
    ];

    private static readonly FrozenDictionary<string, SddlSidAlias> ByAlias =
        All.ToFrozenDictionary(a => a.Alias, StringComparer.OrdinalIgnoreCase);

    /// <summary>Looks an alias up, case-insensitively (Windows accepts "lg" for "LG").</summary>
    public static bool TryGet(ReadOnlySpan<char> alias, [NotNullWhen(true)] out SddlSidAlias? entry) =>
        ByAlias.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(alias, out entry);

    private static SddlSidAlias Fixed(string alias, string sid) => new(alias, sid, SddlSidBase.Fixed, 0);

    private static SddlSidAlias Relative(string alias, SddlSidBase relativeTo, uint rid) => new(alias, null, relativeTo, rid);
}
