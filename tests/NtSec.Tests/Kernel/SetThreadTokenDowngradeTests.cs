using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;

namespace NtSec.Tests.Kernel;

/// <summary>NtSetInformationThread(ThreadImpersonationToken) goes through the impersonation checks (users.md 4.2).</summary>
public class SetThreadTokenDowngradeTests
{
    [Fact]
    public void Another_users_token_without_se_impersonate_is_installed_at_identification()
    {
        // DESIGN.md Fidelity: without SeImpersonatePrivilege, another user's token is silently installed at
        // Identification; the call succeeds.
        var k = new KernelFixture();
        var other = TokenDuplicator.Duplicate(k.Service.PrimaryToken.State, TokenType.TokenImpersonation,
            SecurityImpersonationLevel.SecurityImpersonation, false, new LuidAllocator()).Value!;
        var handle = KernelFixture.HandleTo(k.AliceCall, Machine.NewTokenObject(other), 0x4 /* TOKEN_IMPERSONATE */);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Impersonating.NtSetInformationThread(k.AliceCall, NtHandle.CurrentThread,
            ThreadInformationClass.ThreadImpersonationToken, handle));
        var installed = k.AliceCall.Thread.Impersonation!;
        Assert.Equal(SecurityImpersonationLevel.SecurityIdentification, installed.Level);
        Assert.False(string.IsNullOrEmpty(installed.Note));

        // Her own token duplicated at Impersonation is kept as it is (same user).
        var own = TokenDuplicator.Duplicate(k.Alice.PrimaryToken.State, TokenType.TokenImpersonation,
            SecurityImpersonationLevel.SecurityImpersonation, false, new LuidAllocator()).Value!;
        var ownHandle = KernelFixture.HandleTo(k.AliceCall, Machine.NewTokenObject(own), 0x4);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Impersonating.NtSetInformationThread(k.AliceCall, NtHandle.CurrentThread,
            ThreadInformationClass.ThreadImpersonationToken, ownHandle));
        Assert.Equal(SecurityImpersonationLevel.SecurityImpersonation, k.AliceCall.Thread.Impersonation!.Level);
    }
}
