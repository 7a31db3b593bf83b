using NtSec.Kernel.Native;

namespace NtSec.Tests.Kernel.TokenInformation;

public class TokenInformationClassTests
{
    [Theory]
    [InlineData(TokenInformationClass.TokenUser, 1)]
    [InlineData(TokenInformationClass.TokenGroups, 2)]
    [InlineData(TokenInformationClass.TokenPrivileges, 3)]
    [InlineData(TokenInformationClass.TokenOwner, 4)]
    [InlineData(TokenInformationClass.TokenPrimaryGroup, 5)]
    [InlineData(TokenInformationClass.TokenDefaultDacl, 6)]
    [InlineData(TokenInformationClass.TokenSource, 7)]
    [InlineData(TokenInformationClass.TokenType, 8)]
    [InlineData(TokenInformationClass.TokenImpersonationLevel, 9)]
    [InlineData(TokenInformationClass.TokenStatistics, 10)]
    [InlineData(TokenInformationClass.TokenRestrictedSids, 11)]
    [InlineData(TokenInformationClass.TokenSessionId, 12)]
    [InlineData(TokenInformationClass.TokenGroupsAndPrivileges, 13)]
    [InlineData(TokenInformationClass.TokenSessionReference, 14)]
    [InlineData(TokenInformationClass.TokenSandBoxInert, 15)]
    [InlineData(TokenInformationClass.TokenAuditPolicy, 16)]
    [InlineData(TokenInformationClass.TokenOrigin, 17)]
    [InlineData(TokenInformationClass.TokenElevationType, 18)]
    [InlineData(TokenInformationClass.TokenLinkedToken, 19)]
    [InlineData(TokenInformationClass.TokenElevation, 20)]
    [InlineData(TokenInformationClass.TokenHasRestrictions, 21)]
    [InlineData(TokenInformationClass.TokenAccessInformation, 22)]
    [InlineData(TokenInformationClass.TokenVirtualizationAllowed, 23)]
    [InlineData(TokenInformationClass.TokenVirtualizationEnabled, 24)]
    [InlineData(TokenInformationClass.TokenIntegrityLevel, 25)]
    [InlineData(TokenInformationClass.TokenUIAccess, 26)]
    [InlineData(TokenInformationClass.TokenMandatoryPolicy, 27)]
    [InlineData(TokenInformationClass.TokenLogonSid, 28)]
    [InlineData(TokenInformationClass.TokenIsAppContainer, 29)]
    [InlineData(TokenInformationClass.TokenCapabilities, 30)]
    [InlineData(TokenInformationClass.TokenAppContainerSid, 31)]
    [InlineData(TokenInformationClass.TokenAppContainerNumber, 32)]
    [InlineData(TokenInformationClass.TokenUserClaimAttributes, 33)]
    [InlineData(TokenInformationClass.TokenDeviceClaimAttributes, 34)]
    [InlineData(TokenInformationClass.TokenRestrictedUserClaimAttributes, 35)]
    [InlineData(TokenInformationClass.TokenRestrictedDeviceClaimAttributes, 36)]
    [InlineData(TokenInformationClass.TokenDeviceGroups, 37)]
    [InlineData(TokenInformationClass.TokenRestrictedDeviceGroups, 38)]
    [InlineData(TokenInformationClass.TokenSecurityAttributes, 39)]
    [InlineData(TokenInformationClass.TokenIsRestricted, 40)]
    [InlineData(TokenInformationClass.TokenProcessTrustLevel, 41)]
    [InlineData(TokenInformationClass.TokenPrivateNameSpace, 42)]
    [InlineData(TokenInformationClass.TokenSingletonAttributes, 43)]
    [InlineData(TokenInformationClass.TokenBnoIsolation, 44)]
    [InlineData(TokenInformationClass.TokenChildProcessFlags, 45)]
    [InlineData(TokenInformationClass.TokenIsLessPrivilegedAppContainer, 46)]
    [InlineData(TokenInformationClass.TokenIsSandboxed, 47)]
    [InlineData(TokenInformationClass.TokenIsAppSilo, 48)]
    [InlineData(TokenInformationClass.TokenLoggingInformation, 49)]
    [InlineData(TokenInformationClass.TokenLearningMode, 50)]
    [InlineData(TokenInformationClass.MaxTokenInfoClass, 51)]
    public void Values_are_those_of_winnt_h(TokenInformationClass informationClass, int value)
    {
        // winnt.h / ntifs.h TOKEN_INFORMATION_CLASS, Windows SDK 10.0.26100 (TokenLearningMode since 25H2).
        Assert.Equal(value, (int)informationClass);
    }

    [Fact]
    public void The_enumeration_has_no_gaps_and_ends_at_MaxTokenInfoClass()
    {
        var values = Enum.GetValues<TokenInformationClass>().Select(v => (int)v).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, 51), values);
    }
}
