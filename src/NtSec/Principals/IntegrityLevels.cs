namespace NtSec.Principals;

/// <summary>
/// Conversions between <see cref="IntegrityLevel"/>, label SIDs (S-1-16-RID) and text.
/// </summary>
public static class IntegrityLevels
{
    // The SDDL aliases for label SIDs (MS-DTYP 2.5.1.1, sddl.h SDDL_ML_*). Repeated here rather
    // than read from AccessControl.Sddl so that Principals does not depend on a higher layer;
    // a test checks that both tables agree.
    private static readonly (string Alias, IntegrityLevel Level)[] SddlAliases =
    [
        ("LW", IntegrityLevel.Low),
        ("ME", IntegrityLevel.Medium),
        ("MP", IntegrityLevel.MediumPlus),
        ("HI", IntegrityLevel.High),
        ("SI", IntegrityLevel.System),
    ];

    /// <summary>The label SID S-1-16-RID of <paramref name="level"/> (any RID, named or not).</summary>
    public static Sid ToSid(this IntegrityLevel level) => level switch
    {
        IntegrityLevel.Untrusted => WellKnownSids.UntrustedMandatoryLevel,
        IntegrityLevel.Low => WellKnownSids.LowMandatoryLevel,
        IntegrityLevel.Medium => WellKnownSids.MediumMandatoryLevel,
        IntegrityLevel.MediumPlus => WellKnownSids.MediumPlusMandatoryLevel,
        IntegrityLevel.High => WellKnownSids.HighMandatoryLevel,
        IntegrityLevel.System => WellKnownSids.SystemMandatoryLevel,
        IntegrityLevel.ProtectedProcess => WellKnownSids.ProtectedProcessMandatoryLevel,
        IntegrityLevel.SecureProcess => WellKnownSids.SecureProcessMandatoryLevel,
        _ => new Sid(WellKnownSids.MandatoryLabelAuthority, (uint)level),
    };

    /// <summary>True for a mandatory label SID: authority 16 and exactly one sub-authority.</summary>
    public static bool IsLabelSid(Sid sid)
    {
        ArgumentNullException.ThrowIfNull(sid);
        return sid.Authority == WellKnownSids.MandatoryLabelAuthority && sid.SubAuthorityCount == 1;
    }

    /// <summary>
    /// The level of a label SID. True for every label SID; the result may be an unnamed value
    /// (check with <see cref="IsNamed"/>). False for any other SID.
    /// </summary>
    public static bool TryFromSid(Sid sid, out IntegrityLevel level)
    {
        level = default;
        if (!IsLabelSid(sid))
        {
            return false;
        }

        level = (IntegrityLevel)sid.SubAuthorities[0];
        return true;
    }

    /// <summary>True when <paramref name="level"/> is one of the named SECURITY_MANDATORY_*_RID values.</summary>
    public static bool IsNamed(this IntegrityLevel level) => Enum.IsDefined(level);

    /// <summary>
    /// Parses a label: a level name ("Low", "medium", "MediumPlus", ... case-insensitive), an
    /// SDDL alias ("LW", "ME", "MP", "HI", "SI", case-insensitive as SDDL aliases are) or a SID
    /// string "S-1-16-RID" (any RID). Returns the label SID.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Sid? sid)
    {
        sid = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var (alias, aliasLevel) in SddlAliases)
        {
            if (string.Equals(alias, text, StringComparison.OrdinalIgnoreCase))
            {
                sid = aliasLevel.ToSid();
                return true;
            }
        }

        // Names only: Enum.TryParse would also take numbers and comma lists.
        foreach (var level in Enum.GetValues<IntegrityLevel>())
        {
            if (string.Equals(level.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                sid = level.ToSid();
                return true;
            }
        }

        if (Sid.TryParse(text, out var parsed) && IsLabelSid(parsed))
        {
            sid = parsed;
            return true;
        }

        return false;
    }

    /// <summary>Parses a label as <see cref="TryParse"/> does.</summary>
    /// <exception cref="FormatErrorException">The text names no integrity level.</exception>
    public static Sid Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var sid)
            ? sid
            : throw new FormatErrorException(new ParseError(0, "expected an integrity level name, LW/ME/MP/HI/SI or S-1-16-RID"));
    }
}
