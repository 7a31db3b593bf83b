using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Cli.Commands;
using NtSec.Kernel;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Cli.Scenarios;

/// <summary>
/// Values as the report prints them: NTSTATUS and enum names, handles in hex (pseudo-handles by name), masks in
/// hex with their SDK names, SIDs, SDDL, privilege names, structures as {Field: value}, lists as [a, b].
/// Never throws: whatever cannot be shown is shown by its type name.
/// </summary>
internal static class ValueFormatter
{
    private const int MaxDepth = 6;
    private const int MaxItems = 40;

    /// <summary>
    /// Formats <paramref name="value"/>; <paramref name="name"/> (the parameter or field name) marks masks: a uint
    /// named *Access* or *Mask* (or a GenericMapping field) is shown with the names of <paramref name="kind"/>.
    /// </summary>
    public static string Format(object? value, string? name = null, ObjectTypeKind? kind = null, int depth = 0)
    {
        try
        {
            return FormatCore(value, name, kind, depth);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return value?.GetType().Name ?? "null";
        }
    }

    /// <summary>"a TokenObject (...)": a value's kind and how it prints, for messages.</summary>
    public static string Describe(object? value) => value is null ? "null" : $"{Article(value.GetType().Name)} ({Shorten(Format(value))})";

    private static string Article(string name) => ("AEIOU".Contains(name[0], StringComparison.Ordinal) ? "an " : "a ") + name;

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static string FormatCore(object? value, string? name, ObjectTypeKind? kind, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
            case NtStatus status:
                return status.ToName();
            case Win32Error error:
                return error.ToName();
            case NtHandle handle:
                return handle.IsNull ? "NULL" : ValueConverter.PseudoHandleName(handle) ?? handle.ToString();
            case uint u when IsMaskName(name):
                return u != 0 ? $"0x{u:X8} ({AccessMaskNames.Format(new AccessMask(u), kind ?? ObjectTypeKind.Generic)})" : $"0x{u:X8}";
            case Enum e:
                return FormatEnum(e);
            case IFormattable f when value.GetType().IsPrimitive:
                return f.ToString(null, CultureInfo.InvariantCulture);
            case Sid sid:
                return sid.ToString();
            case Luid luid:
                return PrivilegeTable.TryGetByLuid(luid, out var privilege) ? privilege.Name : luid.ToString();
            case SecurityDescriptor sd:
                return sd.TryToSddl(TokenInput.Context, out var sddl, out _) ? sddl : "(a security descriptor)";
            case Acl acl:
                var wrapper = new SecurityDescriptor(SecurityDescriptorControl.DaclPresent | SecurityDescriptorControl.SelfRelative, null, null, acl, null);
                return wrapper.TryToSddl(TokenInput.Context, out var aclText, out _) ? aclText : "(an ACL)";
            case GenericMapping mapping:
                return $"{{GenericRead: 0x{mapping.GenericRead:X8}, GenericWrite: 0x{mapping.GenericWrite:X8}, GenericExecute: 0x{mapping.GenericExecute:X8}, GenericAll: 0x{mapping.GenericAll:X8}}}";
            case TokenObject token:
                return "token " + FormatToken(token.State);
            case TokenState state:
                return FormatToken(state);
            case ProcessObject or ThreadObject:
                return value.ToString()!;
        }

        var type = value.GetType();
        if (depth >= MaxDepth)
        {
            return "...";
        }

        if (RoutineParameter.IsStrongBox(type))
        {
            return ((IStrongBox)value).Value is { } boxed ? FormatCore(boxed, name, kind, depth) : "{}";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
            && (bool)type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(value)!)
        {
            return "[]";
        }

        if (value is IEnumerable sequence)
        {
            var items = new List<string>();
            foreach (var item in sequence)
            {
                if (items.Count == MaxItems)
                {
                    items.Add("...");
                    break;
                }

                items.Add(FormatCore(item, name, kind, depth + 1));
            }

            return "[" + string.Join(", ", items) + "]";
        }

        var fields = Fields(type);
        if (fields.Count > 0)
        {
            return "{" + string.Join(", ", fields.Select(p => $"{p.Name}: {FormatCore(p.GetValue(value), p.Name, kind, depth + 1)}")) + "}";
        }

        return value.ToString() ?? type.Name;
    }

    /// <summary>"A|B" for flags, the member name otherwise, the number when nothing names it.</summary>
    private static string FormatEnum(Enum e)
    {
        string text = e.ToString();
        if (text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] == '-'))
        {
            return "0x" + System.Convert.ToUInt64(e, CultureInfo.InvariantCulture).ToString("X", CultureInfo.InvariantCulture);
        }

        return text.Replace(", ", "|", StringComparison.Ordinal);
    }

    private static bool IsMaskName(string? name) =>
        name is not null && (name.Contains("Access", StringComparison.OrdinalIgnoreCase) || name.Contains("Mask", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Generic", StringComparison.OrdinalIgnoreCase));

    private static string FormatToken(TokenState s) =>
        $"{{User: {s.User.Sid}, Type: {s.Type}"
        + (s.Type == TokenType.TokenImpersonation ? $", ImpersonationLevel: {s.ImpersonationLevel}" : "")
        + $", IntegrityLevel: {s.IntegrityLevel}"
        + (s.IsRestricted ? ", restricted" : "") + (s.IsWriteRestricted ? ", write-restricted" : "") + "}";

    /// <summary>
    /// The fields a structure is shown with: for a record, the properties its constructor sets (the documented
    /// members); for other types with public properties and no ToString of their own, every public property.
    /// </summary>
    public static IReadOnlyList<PropertyInfo> Fields(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();
        var ctor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => !(c.GetParameters() is [var only] && only.ParameterType == type))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();
        if (ctor is not null && ctor.GetParameters().Length > 0)
        {
            var byCtor = ctor.GetParameters()
                .Select(p => properties.FirstOrDefault(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
                .OfType<PropertyInfo>()
                .ToList();
            if (byCtor.Count == ctor.GetParameters().Length)
            {
                return byCtor;
            }
        }

        bool ownToString = type.GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType is { } d && d != typeof(object) && d != typeof(ValueType)
            && !IsRecord(type);
        return ownToString ? [] : properties;
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null
        || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);
}
