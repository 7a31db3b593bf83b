namespace NtSec.Authorization.Conditions;

/// <summary>
/// How Windows compares claim strings and attribute names without regard to case: each UTF-16
/// code unit is upper-cased on its own (surrogates unchanged), then the code units compare as
/// unsigned numbers, a shorter prefix first.
/// </summary>
/// <remarks>
/// The upper-case table is Unicode's simple mapping as it stood around Unicode 5.1: Samba's
/// Windows-validated claim table (conditional_ace_tests.py claim_against_claim_cases) shows
/// "ԛԣ" == "ԚԢ" (5.1) and "ⱦ" == "Ⱦ" (5.0) but "ⳬ" &gt; "Ⳬ" (5.2), "ꞧ" &gt; "Ꞧ" (6.0), "ʞ" &lt; "Ʞ" and
/// "ɜ" &lt; "Ɜ" (7.0), "ß" &lt; "ẞ". .NET's invariant mapping is current Unicode, so the mappings that
/// involve a character assigned after 5.1 are left out (table derived from the Unicode Character
/// Database "Age" property). "A" &lt; "_" and "a" &lt; "_" (both compare as U+0041), and "𐀀" &lt; "豈"
/// (0xD800 &lt; 0xF900) follow from comparing upper-cased code units.
/// </remarks>
internal static class ClaimStringComparison
{
    // Source code units whose current simple upper-case mapping involves a character assigned
    // after Unicode 5.1 (either side); Windows leaves them as they are. Inclusive ranges, sorted.
    private static ReadOnlySpan<char> Unmapped =>
    [
        '\u019B', '\u019B', // -> U+A7DC (16.0)
        '\u023F', '\u0240', // -> U+2C7E, U+2C7F (5.2)
        '\u0252', '\u0252', // -> U+2C70 (5.2)
        '\u025C', '\u025C', // -> U+A7AB (7.0)
        '\u0261', '\u0261', // -> U+A7AC (7.0)
        '\u0264', '\u0266', // -> U+A7CB (16.0), U+A78D (6.0), U+A7AA (6.1)
        '\u026A', '\u026A', // -> U+A7AE (9.0)
        '\u026C', '\u026C', // -> U+A7AD (7.0)
        '\u0282', '\u0282', // -> U+A7C5 (12.0)
        '\u0287', '\u0287', // -> U+A7B1 (7.0)
        '\u029D', '\u029E', // -> U+A7B2 (8.0), U+A7B0 (7.0)
        '\u03F3', '\u03F3', // -> U+037F (7.0)
        '\u0524', '\u052F', // Cyrillic pairs of 5.2-7.0
        '\u10D0', '\u10FF', // Georgian -> Mtavruli (11.0)
        '\u13F8', '\u13FD', // Cherokee small letters (8.0)
        '\u1C80', '\u1C8A', // Cyrillic Extended-C (9.0, 16.0)
        '\u1D8E', '\u1D8E', // -> U+A7C6 (12.0)
        '\u2C5F', '\u2C5F', // Glagolitic (14.0)
        '\u2CEB', '\u2CEE', // Coptic (5.2)
        '\u2CF2', '\u2CF3', // Coptic (6.1)
        '\u2D27', '\u2D27', // Georgian (6.1)
        '\u2D2D', '\u2D2D', // Georgian (6.1)
        '\uA660', '\uA661', // Cyrillic (6.0)
        '\uA698', '\uA69B', // Cyrillic (7.0)
        '\uA790', '\uA7FF', // Latin Extended-D pairs of 6.0 and later
        '\uAB53', '\uAB53', // -> U+A7B3 (8.0)
        '\uAB70', '\uABBF', // Cherokee small letters (8.0)
    ];

    /// <summary>The upper-case form Windows uses for <paramref name="c"/>.</summary>
    public static char ToUpper(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'a' and <= 'z' ? (char)(c - 0x20) : c;
        }

        var table = Unmapped;
        for (int i = 0; i < table.Length; i += 2)
        {
            if (c < table[i])
            {
                break;
            }

            if (c <= table[i + 1])
            {
                return c;
            }
        }

        return char.ToUpperInvariant(c);
    }

    /// <summary>Compares two strings as Windows compares claim values: by case unless <paramref name="caseSensitive"/>.</summary>
    public static int Compare(string a, string b, bool caseSensitive)
    {
        if (caseSensitive)
        {
            return string.CompareOrdinal(a, b);
        }

        int length = Math.Min(a.Length, b.Length);
        for (int i = 0; i < length; i++)
        {
            int d = ToUpper(a[i]) - ToUpper(b[i]);
            if (d != 0)
            {
                return d;
            }
        }

        return a.Length - b.Length;
    }

    /// <summary>True when the strings are equal without regard to case.</summary>
    public static bool EqualsIgnoreCase(string a, string b) => a.Length == b.Length && Compare(a, b, caseSensitive: false) == 0;
}
