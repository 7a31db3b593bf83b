namespace NtSec.Cli.Scenarios;

/// <summary>"Did you mean": the known names closest to an unknown one.</summary>
internal static class NameSuggestions
{
    /// <summary>
    /// Up to <paramref name="count"/> names from <paramref name="known"/> closest to <paramref name="name"/>: a
    /// case-insensitive match first, then those within an edit distance of a third of the name's length
    /// (at least 2), nearest first, then names that contain it or that it contains.
    /// </summary>
    public static IReadOnlyList<string> Closest(string name, IEnumerable<string> known, int count = 3)
    {
        var scored = new List<(string Name, int Score)>();
        int limit = Math.Max(2, name.Length / 3);
        foreach (var candidate in known.Distinct(StringComparer.Ordinal))
        {
            int score;
            if (candidate.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                score = 0;
            }
            else
            {
                int distance = Distance(name.ToUpperInvariant(), candidate.ToUpperInvariant(), limit + 1);
                if (distance <= limit)
                {
                    score = distance;
                }
                else if (name.Length >= 4 && (candidate.Contains(name, StringComparison.OrdinalIgnoreCase)
                    || name.Contains(candidate, StringComparison.OrdinalIgnoreCase) && candidate.Length >= 4))
                {
                    score = limit + 1;
                }
                else
                {
                    continue;
                }
            }

            scored.Add((candidate, score));
        }

        return [.. scored.OrderBy(s => s.Score).ThenBy(s => s.Name, StringComparer.Ordinal).Take(count).Select(s => s.Name)];
    }

    /// <summary>", did you mean A, B or C?" or "" when nothing is close.</summary>
    public static string DidYouMean(string name, IEnumerable<string> known)
    {
        var closest = Closest(name, known);
        return closest.Count switch
        {
            0 => "",
            1 => $"; did you mean {closest[0]}?",
            _ => $"; did you mean {string.Join(", ", closest.Take(closest.Count - 1))} or {closest[^1]}?",
        };
    }

    /// <summary>Levenshtein distance, giving up (returning <paramref name="cap"/>) once it exceeds the cap.</summary>
    private static int Distance(string a, string b, int cap)
    {
        if (Math.Abs(a.Length - b.Length) >= cap)
        {
            return cap;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin >= cap)
            {
                return cap;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], cap);
    }
}
