namespace NtSec.Tokens;

/// <summary>TOKEN_ELEVATION_TYPE (winnt.h).</summary>
public enum TokenElevationType
{
    /// <summary>TokenElevationTypeDefault: no linked token (UAC off, or not an administrator).</summary>
    TokenElevationTypeDefault = 1,
    /// <summary>TokenElevationTypeFull: the elevated half of a split token.</summary>
    TokenElevationTypeFull = 2,
    /// <summary>TokenElevationTypeLimited: the filtered half of a split token.</summary>
    TokenElevationTypeLimited = 3,
}
