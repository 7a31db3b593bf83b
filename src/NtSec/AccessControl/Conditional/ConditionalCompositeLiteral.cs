using System.Collections.Immutable;

namespace NtSec.AccessControl.Conditional;

/// <summary>
/// A composite literal (MS-DTYP 2.4.4.17.5): a 4-byte byte length followed by literal tokens;
/// SDDL "{1, "two", SID(BA)}". Element order and duplicates are kept as written (Windows keeps
/// them: conditional_aces.txt "Any_of {1, 2, 3, 2, 1}").
/// </summary>
public sealed class ConditionalCompositeLiteral : ConditionalLiteral
{
    /// <summary>The deepest nesting of composites accepted, to keep decoding and encoding bounded.</summary>
    public const int MaxDepth = 256;

    private readonly int _tokenLength;
    private readonly int _depth;

    /// <summary>Creates a composite of the given literals.</summary>
    /// <exception cref="ArgumentException">An element is null, or composites nest deeper than <see cref="MaxDepth"/>.</exception>
    public ConditionalCompositeLiteral(IEnumerable<ConditionalLiteral> elements)
        : base(ConditionalToken.Composite)
    {
        ArgumentNullException.ThrowIfNull(elements);
        Elements = [.. elements];
        int length = 5;
        int depth = 1;
        foreach (var element in Elements)
        {
            if (element is null)
            {
                throw new ArgumentException("a composite element is null", nameof(elements));
            }

            length = checked(length + element.TokenLength);
            depth = Math.Max(depth, element.CompositeDepth + 1);
        }

        if (depth > MaxDepth)
        {
            throw new ArgumentException($"composites nest deeper than {MaxDepth}", nameof(elements));
        }

        _tokenLength = length;
        _depth = depth;
    }

    /// <summary>The elements, in stored order.</summary>
    public ImmutableArray<ConditionalLiteral> Elements { get; }

    internal override int TokenLength => _tokenLength;

    internal override int CompositeDepth => _depth;
}
