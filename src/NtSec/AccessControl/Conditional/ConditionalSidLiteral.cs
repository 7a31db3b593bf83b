using NtSec.Principals;

namespace NtSec.AccessControl.Conditional;

/// <summary>A SID literal (MS-DTYP 2.4.4.17.5): a 4-byte length and the binary SID; SDDL "SID(BA)".</summary>
public sealed class ConditionalSidLiteral : ConditionalLiteral
{
    /// <summary>Creates a SID literal.</summary>
    public ConditionalSidLiteral(Sid value)
        : base(ConditionalToken.Sid)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>The SID.</summary>
    public Sid Value { get; }

    internal override int TokenLength => 5 + Value.BinaryLength;
}
