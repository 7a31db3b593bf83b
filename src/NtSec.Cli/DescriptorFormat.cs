namespace NtSec.Cli;

/// <summary>The encodings `sd convert` reads and writes.</summary>
internal enum DescriptorFormat
{
    /// <summary>SDDL text.</summary>
    Sddl,

    /// <summary>Self-relative bytes as hex.</summary>
    Hex,

    /// <summary>Self-relative bytes as base64.</summary>
    Base64,
}
