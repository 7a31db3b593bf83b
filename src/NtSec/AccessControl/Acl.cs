using System.Collections;
using System.Collections.Immutable;

namespace NtSec.AccessControl;

/// <summary>
/// An access control list (MS-DTYP 2.4.5), immutable. Keeps its revision and any bytes Windows
/// left between the last ACE and AclSize, so a binary ACL is written back exactly as read.
/// </summary>
public sealed class Acl : IReadOnlyList<Ace>, IEquatable<Acl>
{
    /// <summary>ACL_REVISION.</summary>
    public const byte RevisionStandard = 2;

    /// <summary>ACL_REVISION3 (compound ACEs).</summary>
    public const byte RevisionCompound = 3;

    /// <summary>ACL_REVISION_DS: needed for object ACEs.</summary>
    public const byte RevisionDs = 4;

    /// <summary>The largest AclSize a 16-bit field can hold.</summary>
    public const int MaxSize = ushort.MaxValue;

    private readonly byte[] _trailing;

    /// <summary>
    /// Creates an ACL with the revision Windows' SDDL conversion picks: ACL_REVISION_DS when an
    /// object ACE is present, otherwise ACL_REVISION (observed in the Samba/Windows vectors).
    /// </summary>
    public Acl(IEnumerable<Ace> aces)
        : this(RevisionFor(aces.ToImmutableArray()), aces.ToImmutableArray(), [])
    {
    }

    /// <summary>Creates an ACL with an explicit revision and trailing bytes after the last ACE.</summary>
    public Acl(byte revision, ImmutableArray<Ace> aces, ReadOnlySpan<byte> trailing)
    {
        if (aces.IsDefault)
        {
            throw new ArgumentException("the ACE list is a default array", nameof(aces));
        }

        Revision = revision;
        Aces = aces;
        _trailing = trailing.ToArray();
    }

    /// <summary>An empty ACL of revision 2 ("D:" in SDDL).</summary>
    public static Acl Empty { get; } = new([]);

    /// <summary>AclRevision.</summary>
    public byte Revision { get; }

    /// <summary>The ACEs, in order.</summary>
    public ImmutableArray<Ace> Aces { get; }

    /// <summary>Bytes after the last ACE inside AclSize (Windows sometimes pads; kept for round trips).</summary>
    public ReadOnlySpan<byte> TrailingBytes => _trailing;

    /// <summary>AclSize: header, ACEs and trailing bytes.</summary>
    public int BinaryLength
    {
        get
        {
            int size = 8 + _trailing.Length;
            foreach (var ace in Aces)
            {
                size += ace.BinaryLength;
            }

            return size;
        }
    }

    /// <inheritdoc/>
    public int Count => Aces.Length;

    /// <inheritdoc/>
    public Ace this[int index] => Aces[index];

    /// <summary>The revision Windows gives a new ACL holding <paramref name="aces"/>.</summary>
    public static byte RevisionFor(ImmutableArray<Ace> aces)
    {
        foreach (var ace in aces)
        {
            if (AceTypeInfo.IsObjectAce(ace.Type))
            {
                return RevisionDs;
            }
        }

        return RevisionStandard;
    }

    /// <inheritdoc/>
    public IEnumerator<Ace> GetEnumerator() => ((IEnumerable<Ace>)Aces).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(Acl? other) =>
        other is not null && Revision == other.Revision && Aces.SequenceEqual(other.Aces)
        && _trailing.AsSpan().SequenceEqual(other._trailing);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Acl);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Revision, Aces.Length, _trailing.Length);
}
