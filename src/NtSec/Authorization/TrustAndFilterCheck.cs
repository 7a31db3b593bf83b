using NtSec.AccessControl;
using NtSec.Authorization.Conditions;
using NtSec.Tokens;

namespace NtSec.Authorization;

/// <summary>
/// The mandatory checks that run before integrity (Windows Security Internals ch. 7,
/// Test-ProcessTrustLevel and Test-AccessFilter): a process trust label ACE (SDDL "TL") limits a caller
/// whose trust level does not dominate the label to the ACE's mask; an access filter ACE (SDDL "FL")
/// whose condition is not TRUE limits every caller to its mask. ACCESS_SYSTEM_SECURITY is never removed
/// here. NtSec tokens carry no trust level, so every non-inherit-only TL ACE applies.
/// </summary>
internal static class TrustAndFilterCheck
{
    /// <summary>The bits these ACEs leave; uint.MaxValue when there are none.</summary>
    public static uint AllowedAccess(SecurityDescriptor sd, TokenState token, AccessCheckTrace? trace)
    {
        if (!sd.SaclPresent || sd.Sacl is not { } sacl)
        {
            return uint.MaxValue;
        }

        uint allowed = uint.MaxValue;
        bool trustSeen = false;
        for (int i = 0; i < sacl.Count; i++)
        {
            var ace = sacl[i];
            if (ace.IsInheritOnly)
            {
                continue;
            }

            if (ace.Type == AceType.SystemProcessTrustLabel && !trustSeen)
            {
                // Only the first trust label counts; the caller's (absent) trust level never dominates it.
                trustSeen = true;
                allowed &= ace.Mask.Value | AccessMask.AccessSystemSecurity;
                trace?.Add(AccessCheckStage.MandatoryIntegrity,
                    $"process trust label {ace.Sid}: the token has no trust level, so only 0x{ace.Mask.Value:X8} may be granted", ace.Mask.Value);
            }
            else if (ace.Type == AceType.SystemAccessFilter)
            {
                var condition = ConditionEvaluator.Evaluate(ace.ApplicationData, ConditionContext.For(token, sd));
                if (condition != ConditionResult.True)
                {
                    allowed &= ace.Mask.Value | AccessMask.AccessSystemSecurity;
                    trace?.Add(AccessCheckStage.MandatoryIntegrity,
                        $"access filter ACE {i}: condition is {condition.ToString().ToUpperInvariant()}, so only 0x{ace.Mask.Value:X8} may be granted", ace.Mask.Value);
                }
                else
                {
                    trace?.Add(AccessCheckStage.MandatoryIntegrity, $"access filter ACE {i}: condition is TRUE, nothing removed");
                }
            }
        }

        return allowed;
    }
}
