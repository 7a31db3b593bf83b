namespace NtSec.Kernel.Native;

/// <summary>
/// OBJECT_HANDLE_FLAG_INFORMATION (two BOOLEANs, 2 bytes): what SetHandleInformation changes through
/// NtSetInformationObject(ObjectHandleFlagInformation).
/// </summary>
/// <param name="Inherit">OBJ_INHERIT / HANDLE_FLAG_INHERIT.</param>
/// <param name="ProtectFromClose">HANDLE_FLAG_PROTECT_FROM_CLOSE: NtClose fails with STATUS_HANDLE_NOT_CLOSABLE.</param>
public sealed record ObjectHandleFlagInformation(bool Inherit, bool ProtectFromClose) : ObjectInformation
{
    /// <summary>sizeof(OBJECT_HANDLE_FLAG_INFORMATION).</summary>
    public const int Size = 2;
}
