using System.Reflection;
using NtSec.Kernel;
using NtSec.Win32;

namespace NtSec.Tests.Win32;

/// <summary>The conventions the scenario runner relies on when it calls these functions by reflection.</summary>
public class Win32SurfaceTests
{
    private static readonly string[] Functions =
    [
        "OpenProcessToken", "OpenThreadToken", "GetCurrentProcess", "GetCurrentThread", "GetCurrentProcessToken", "GetCurrentThreadToken",
        "GetCurrentThreadEffectiveToken", "CloseHandle", "DuplicateHandle", "CreateRestrictedToken", "IsTokenRestricted", "DuplicateToken",
        "DuplicateTokenEx", "GetTokenInformation", "SetTokenInformation", "AdjustTokenPrivileges", "AdjustTokenGroups", "CheckTokenMembership",
        "PrivilegeCheck", "AccessCheck", "AccessCheckByType", "AccessCheckByTypeResultList", "MapGenericMask", "ImpersonateSelf",
        "ImpersonateLoggedOnUser", "ImpersonateAnonymousToken", "SetThreadToken", "RevertToSelf", "OpenProcess", "OpenThread", "CreateEventW",
        "OpenEventW", "CreateProcessAsUserW", "CreateProcessWithTokenW", "LookupPrivilegeValueW", "LookupPrivilegeNameW",
        "ConvertStringSidToSidW", "ConvertSidToStringSidW", "ConvertStringSecurityDescriptorToSecurityDescriptorW",
        "ConvertSecurityDescriptorToStringSecurityDescriptorW", "GetLastError", "SetLastError", "RtlNtStatusToDosError",
    ];

    private static IEnumerable<MethodInfo> PublicFunctions() =>
        typeof(Kernel32Errors).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "NtSec.Win32" && t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static)).Where(m => !m.IsSpecialName);

    [Fact]
    public void Every_function_exists_once_with_KernelCall_first()
    {
        // The brief's naming convention: one public static method per documented Win32 name, first parameter KernelCall.
        var methods = PublicFunctions().ToLookup(m => m.Name);
        foreach (string name in Functions)
        {
            var method = Assert.Single(methods[name]);
            Assert.Equal(typeof(KernelCall), method.GetParameters()[0].ParameterType);
        }
    }

    [Fact]
    public void Results_are_bool_NtHandle_or_documented_values()
    {
        // BOOL functions return bool; handle functions NtHandle; parameter names start in lower case (camelCase).
        foreach (var method in PublicFunctions())
        {
            Assert.Contains(method.ReturnType, new[] { typeof(bool), typeof(NtHandle), typeof(void), typeof(NtSec.Status.Win32Error) });
            Assert.All(method.GetParameters(), p => Assert.True(char.IsLower(p.Name![0]), $"{method.Name}({p.Name})"));
        }
    }
}
