namespace NtSec.Kernel.Native;

/// <summary>
/// What NtQueryInformationToken returns for one information class, and what NtSetInformationToken takes:
/// one derived record per structure (TOKEN_USER, TOKEN_GROUPS, ...). <see cref="Length"/> is the number of
/// bytes the structure and the data it points to occupy on Windows x64, the ReturnLength Windows reports.
/// </summary>
/// <param name="InformationClass">The class this structure answers.</param>
public abstract record TokenInformation(TokenInformationClass InformationClass)
{
    /// <summary>The bytes Windows x64 needs for this structure and its data (ReturnLength).</summary>
    public abstract int Length { get; }
}
