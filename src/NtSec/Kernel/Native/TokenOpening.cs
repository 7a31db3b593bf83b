using NtSec.AccessControl.Rights;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;

namespace NtSec.Kernel.Native;

/// <summary>
/// The token-opening routines: NtOpenProcessToken(Ex) / ZwOpenProcessTokenEx and
/// NtOpenThreadToken(Ex) / ZwOpenThreadTokenEx, with every status their Microsoft pages list.
/// The output handle is NULL on failure (Windows 7 and later: OTT-02, OTT-08, OPT-04).
/// </summary>
public static class TokenOpening
{
    /// <summary>PROCESS_QUERY_LIMITED_INFORMATION: what OpenProcessToken needs on the process handle (docs/kernel.md).</summary>
    public const uint ProcessQueryLimitedInformation = 0x1000;

    /// <summary>THREAD_QUERY_INFORMATION: what NtOpenThreadToken needs on the thread handle.</summary>
    public const uint ThreadQueryInformation = 0x0040;

    /// <summary>NtOpenProcessToken: NtOpenProcessTokenEx with no handle attributes.</summary>
    public static NtStatus NtOpenProcessToken(KernelCall call, NtHandle processHandle, uint desiredAccess, out NtHandle tokenHandle) =>
        NtOpenProcessTokenEx(call, processHandle, desiredAccess, ObjectAttributeFlags.None, out tokenHandle);

    /// <summary>ZwOpenProcessTokenEx: NtOpenProcessTokenEx with previous mode KernelMode.</summary>
    public static NtStatus ZwOpenProcessTokenEx(KernelCall call, NtHandle processHandle, uint desiredAccess, ObjectAttributeFlags handleAttributes,
        out NtHandle tokenHandle) =>
        NtOpenProcessTokenEx(call.AsKernel(), processHandle, desiredAccess, handleAttributes, out tokenHandle);

    /// <summary>
    /// NtOpenProcessTokenEx: STATUS_INVALID_PARAMETER (HandleAttributes without OBJ_KERNEL_HANDLE from a
    /// kernel caller outside the System process, or invalid bits), STATUS_INVALID_HANDLE,
    /// STATUS_OBJECT_TYPE_MISMATCH, STATUS_ACCESS_DENIED (the process handle lacks query access, or the
    /// token's DACL denies <paramref name="desiredAccess"/>; zero access: OPT-02), STATUS_PRIVILEGE_NOT_HELD
    /// (ACCESS_SYSTEM_SECURITY without SeSecurityPrivilege), STATUS_QUOTA_EXCEEDED,
    /// STATUS_INSUFFICIENT_RESOURCES.
    /// </summary>
    public static NtStatus NtOpenProcessTokenEx(KernelCall call, NtHandle processHandle, uint desiredAccess, ObjectAttributeFlags handleAttributes,
        out NtHandle tokenHandle)
    {
        tokenHandle = NtHandle.Null;
        var status = ObjectManager.ValidateAttributes(call, handleAttributes);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        status = ObjectManager.ReferenceByHandle(call, processHandle, ProcessQueryLimitedInformation, ObjectTypeKind.Process, out var obj, out _);
        if (status != NtStatus.STATUS_SUCCESS || obj is not ProcessObject process)
        {
            return status;
        }

        return ObjectManager.OpenByPointer(call, process.PrimaryToken, desiredAccess, handleAttributes, AccessSubject.Effective, out tokenHandle);
    }

    /// <summary>NtOpenThreadToken: NtOpenThreadTokenEx with no handle attributes.</summary>
    public static NtStatus NtOpenThreadToken(KernelCall call, NtHandle threadHandle, uint desiredAccess, bool openAsSelf, out NtHandle tokenHandle) =>
        NtOpenThreadTokenEx(call, threadHandle, desiredAccess, openAsSelf, ObjectAttributeFlags.None, out tokenHandle);

    /// <summary>ZwOpenThreadTokenEx: NtOpenThreadTokenEx with previous mode KernelMode.</summary>
    public static NtStatus ZwOpenThreadTokenEx(KernelCall call, NtHandle threadHandle, uint desiredAccess, bool openAsSelf,
        ObjectAttributeFlags handleAttributes, out NtHandle tokenHandle) =>
        NtOpenThreadTokenEx(call.AsKernel(), threadHandle, desiredAccess, openAsSelf, handleAttributes, out tokenHandle);

    /// <summary>
    /// NtOpenThreadTokenEx: STATUS_INVALID_PARAMETER, STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH,
    /// STATUS_ACCESS_DENIED (no THREAD_QUERY_INFORMATION on the thread handle, or the token's DACL),
    /// STATUS_NO_TOKEN (the thread does not impersonate: OTT-01/02), STATUS_CANT_OPEN_ANONYMOUS (it
    /// impersonates at SecurityAnonymous: OTT-04), STATUS_BAD_IMPERSONATION_LEVEL (OpenAsSelf FALSE while
    /// the caller impersonates below SecurityImpersonation: OTT-12, DESIGN.md). With OpenAsSelf TRUE the
    /// open is checked against the calling process's primary token.
    /// </summary>
    public static NtStatus NtOpenThreadTokenEx(KernelCall call, NtHandle threadHandle, uint desiredAccess, bool openAsSelf,
        ObjectAttributeFlags handleAttributes, out NtHandle tokenHandle)
    {
        tokenHandle = NtHandle.Null;
        var status = ObjectManager.ValidateAttributes(call, handleAttributes);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        status = ObjectManager.ReferenceByHandle(call, threadHandle, ThreadQueryInformation, ObjectTypeKind.Thread, out var obj, out _);
        if (status != NtStatus.STATUS_SUCCESS || obj is not ThreadObject thread)
        {
            return status;
        }

        var impersonation = thread.Impersonation;
        if (impersonation is null)
        {
            return NtStatus.STATUS_NO_TOKEN;
        }

        if (impersonation.Level == SecurityImpersonationLevel.SecurityAnonymous)
        {
            return NtStatus.STATUS_CANT_OPEN_ANONYMOUS;
        }

        var token = impersonation.Token;
        var subject = openAsSelf ? AccessSubject.ProcessSelf : AccessSubject.Effective;
        status = ObjectManager.CheckAccess(call, token, desiredAccess, handleAttributes, subject, out uint granted);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        if (impersonation.CopyOnOpen)
        {
            // PsImpersonateClient with CopyOnOpen: the opener gets its own copy of the token.
            var copy = TokenDuplicator.Duplicate(token.State, TokenType.TokenImpersonation, impersonation.Level, impersonation.EffectiveOnly, call.Machine.Luids);
            if (!copy.IsSuccess)
            {
                return copy.Status;
            }

            token = new TokenObject(copy.Value!, token.Security);
        }

        return ObjectManager.CreateHandle(call, token, granted, handleAttributes, out tokenHandle);
    }
}
