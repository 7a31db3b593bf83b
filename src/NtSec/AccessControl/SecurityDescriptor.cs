using NtSec.AccessControl.Binary;
using NtSec.AccessControl.Sddl;
using NtSec.Principals;

namespace NtSec.AccessControl;

/// <summary>
/// A security descriptor (MS-DTYP 2.4.6), immutable. A NULL DACL (present, no ACL), an absent
/// DACL (not present) and an empty DACL (present, no ACEs) are three different things:
/// <see cref="DaclPresent"/> with <see cref="Dacl"/> null is the NULL DACL.
/// </summary>
public sealed class SecurityDescriptor : IEquatable<SecurityDescriptor>
{
    /// <summary>SECURITY_DESCRIPTOR_REVISION.</summary>
    public const byte CurrentRevision = 1;

    /// <summary>Size of SECURITY_DESCRIPTOR_RELATIVE's header.</summary>
    public const int HeaderLength = 20;

    /// <summary>
    /// Creates a descriptor. SE_DACL_PRESENT and SE_SACL_PRESENT are taken from
    /// <paramref name="control"/>, or set when the matching ACL is given; SE_SELF_RELATIVE is always set.
    /// </summary>
    public SecurityDescriptor(SecurityDescriptorControl control, Sid? owner, Sid? group, Acl? dacl, Acl? sacl, byte resourceManagerControl = 0)
    {
        if (dacl is not null)
        {
            control |= SecurityDescriptorControl.DaclPresent;
        }

        if (sacl is not null)
        {
            control |= SecurityDescriptorControl.SaclPresent;
        }

        Control = control | SecurityDescriptorControl.SelfRelative;
        Owner = owner;
        Group = group;
        Dacl = dacl;
        Sacl = sacl;
        ResourceManagerControl = resourceManagerControl;
    }

    /// <summary>The control flags (always with SE_SELF_RELATIVE).</summary>
    public SecurityDescriptorControl Control { get; }

    /// <summary>The owner SID, or null.</summary>
    public Sid? Owner { get; }

    /// <summary>The primary group SID, or null.</summary>
    public Sid? Group { get; }

    /// <summary>The DACL; null with <see cref="DaclPresent"/> is a NULL DACL.</summary>
    public Acl? Dacl { get; }

    /// <summary>The SACL; null with <see cref="SaclPresent"/> is a NULL SACL.</summary>
    public Acl? Sacl { get; }

    /// <summary>The Sbz1 byte, meaningful with SE_RM_CONTROL_VALID.</summary>
    public byte ResourceManagerControl { get; }

    /// <summary>SE_DACL_PRESENT.</summary>
    public bool DaclPresent => (Control & SecurityDescriptorControl.DaclPresent) != 0;

    /// <summary>SE_SACL_PRESENT.</summary>
    public bool SaclPresent => (Control & SecurityDescriptorControl.SaclPresent) != 0;

    /// <summary>True for a NULL DACL: present but without an ACL (everyone gets everything).</summary>
    public bool HasNullDacl => DaclPresent && Dacl is null;

    /// <summary>Length of the self-relative form.</summary>
    public int BinaryLength => HeaderLength + (Owner?.BinaryLength ?? 0) + (Group?.BinaryLength ?? 0)
        + (DaclPresent ? Dacl?.BinaryLength ?? 0 : 0) + (SaclPresent ? Sacl?.BinaryLength ?? 0 : 0);

    /// <summary>Reads a self-relative descriptor, validating it as RtlValidRelativeSecurityDescriptor does.</summary>
    public static bool TryRead(ReadOnlySpan<byte> source, [NotNullWhen(true)] out SecurityDescriptor? descriptor, out ParseError error) =>
        SecurityDescriptorReader.TryRead(source, out descriptor, out error);

    /// <summary>Reads a self-relative descriptor.</summary>
    /// <exception cref="FormatErrorException">The bytes are not a valid self-relative descriptor; the message names the byte offset.</exception>
    public static SecurityDescriptor Read(ReadOnlySpan<byte> source) =>
        TryRead(source, out var sd, out var error) ? sd : throw new FormatErrorException(error);

    /// <summary>Writes the self-relative form in Windows' layout: header, SACL, DACL, owner, group.</summary>
    public byte[] ToBytes() => SecurityDescriptorWriter.Write(this);

    /// <summary>Parses SDDL as ConvertStringSecurityDescriptorToSecurityDescriptorW does.</summary>
    public static bool TryParseSddl(string text, SddlContext context, [NotNullWhen(true)] out SecurityDescriptor? descriptor, out ParseError error) =>
        SddlParser.TryParse(text, context, out descriptor, out error);

    /// <summary>Parses SDDL; throws <see cref="FormatErrorException"/> naming the character offset.</summary>
    public static SecurityDescriptor ParseSddl(string text, SddlContext? context = null) =>
        TryParseSddl(text, context ?? SddlContext.Default, out var sd, out var error) ? sd : throw new FormatErrorException(error);

    /// <summary>
    /// Writes SDDL in Windows' canonical form (ConvertSecurityDescriptorToStringSecurityDescriptorW
    /// with all four sections); false, with the reason, for content SDDL cannot express.
    /// </summary>
    public bool TryToSddl(SddlContext context, [NotNullWhen(true)] out string? sddl, out string? error) =>
        SddlWriter.TryWrite(this, context, out sddl, out error);

    /// <summary>Writes SDDL; throws <see cref="InvalidOperationException"/> for content SDDL cannot express.</summary>
    public string ToSddl(SddlContext? context = null) =>
        TryToSddl(context ?? SddlContext.Default, out var sddl, out var error) ? sddl : throw new InvalidOperationException(error);

    /// <inheritdoc/>
    public bool Equals(SecurityDescriptor? other) =>
        other is not null && Control == other.Control && Owner == other.Owner && Group == other.Group
        && Equals(Dacl, other.Dacl) && Equals(Sacl, other.Sacl) && ResourceManagerControl == other.ResourceManagerControl;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SecurityDescriptor);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Control, Owner, Group, Dacl?.Count, Sacl?.Count);
}
