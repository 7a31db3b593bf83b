using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Cli.Commands;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Presets;
using YamlDotNet.RepresentationModel;

namespace NtSec.Cli.Scenarios;

/// <summary>
/// Converts YAML values to the CLR types of routine parameters (docs/scenarios.md "Values"): handles, masks,
/// enums by SDK name, SIDs, SDDL, LUIDs and privilege names, process and thread names for object pointers,
/// bound variables, lists, and structures as mappings built through their constructors. A value that does not
/// convert is a <see cref="ScenarioException"/> at the value's position.
/// </summary>
internal sealed class ValueConverter
{
    private const int MaxDepth = 32;

    private static readonly (string Name, long Value)[] PseudoHandles =
    [
        ("NtCurrentProcess", -1), ("GetCurrentProcess", -1), ("NtCurrentThread", -2), ("GetCurrentThread", -2),
        ("NtCurrentProcessToken", -4), ("GetCurrentProcessToken", -4), ("NtCurrentThreadToken", -5), ("GetCurrentThreadToken", -5),
        ("NtCurrentThreadEffectiveToken", -6), ("GetCurrentThreadEffectiveToken", -6),
    ];

    private readonly ScenarioState _state;
    private readonly KernelCall? _call;
    private readonly ObjectTypeKind? _maskKind;

    public ValueConverter(ScenarioState state, KernelCall? call, ObjectTypeKind? maskKind)
    {
        _state = state;
        _call = call;
        _maskKind = maskKind;
    }

    private string File => _state.File;

    /// <summary>The pseudo-handle a name stands for, or null.</summary>
    public static NtHandle? PseudoHandle(string text)
    {
        string name = text.EndsWith("()", StringComparison.Ordinal) ? text[..^2] : text;
        foreach (var (n, v) in PseudoHandles)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                return new NtHandle(v);
            }
        }

        return null;
    }

    /// <summary>The name of a pseudo-handle value (the Nt* spelling), or null.</summary>
    public static string? PseudoHandleName(NtHandle handle) =>
        PseudoHandles.Where(p => p.Value == handle.Value).Select(p => p.Name).FirstOrDefault();

    /// <summary>Hex (0x...), or decimal with an optional '-'.</summary>
    public static bool TryParseInteger(string text, out long value)
    {
        value = 0;
        text = text.Trim();
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            if (ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong u))
            {
                value = unchecked((long)u);
                return text.Length > 2;
            }

            return false;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Converts <paramref name="node"/> to <paramref name="type"/>; <paramref name="what"/> names it in errors.</summary>
    public object? Convert(YamlNode node, Type type, string what, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw Error(node, $"{what}: nested too deeply");
        }

        var underlying = Nullable.GetUnderlyingType(type);
        bool nullable = underlying is not null || !type.IsValueType;
        var target = underlying ?? type;
        if (YamlNodes.IsNull(node))
        {
            if (target == typeof(NtHandle))
            {
                return NtHandle.Null;
            }

            return nullable ? null : throw Error(node, $"{what}: null is not {Article(target)}");
        }

        if (node is YamlScalarNode { Value: ['$', .. var variable] })
        {
            return FromVariable(node, variable, target, nullable, what);
        }

        if (RoutineParameter.IsStrongBox(target))
        {
            if (node is YamlMappingNode { Children.Count: 0 })
            {
                return Activator.CreateInstance(target); // {}: a buffer the routine fills
            }

            var inner = target.GetGenericArguments()[0];
            return Activator.CreateInstance(target, Convert(node, inner, what, depth + 1));
        }

        if (CollectionElement(target) is { } element)
        {
            if (node is not YamlSequenceNode sequence)
            {
                throw Error(node, $"{what}: expected a list, found {YamlNodes.Describe(node)}");
            }

            var items = Array.CreateInstance(element, sequence.Children.Count);
            for (int i = 0; i < items.Length; i++)
            {
                items.SetValue(Convert(sequence.Children[i], element, $"{what}[{i}]", depth + 1), i);
            }

            return MakeCollection(target, element, items);
        }

        return node switch
        {
            YamlScalarNode scalar => FromScalar(scalar, target, nullable, what, depth),
            YamlMappingNode mapping => FromMapping(mapping, target, what, depth),
            _ => throw Error(node, $"{what}: expected {Article(target)}, found {YamlNodes.Describe(node)}"),
        };
    }

    /// <summary>The element type when <paramref name="type"/> is a list type the converter builds, else null.</summary>
    public static Type? CollectionElement(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(ImmutableArray<>) || definition == typeof(List<>) || definition == typeof(IReadOnlyList<>)
                || definition == typeof(IList<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>)
                || definition == typeof(ICollection<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }

    private static object MakeCollection(Type target, Type element, Array items)
    {
        if (target.IsArray || target.IsInterface)
        {
            return items;
        }

        if (target.GetGenericTypeDefinition() == typeof(List<>))
        {
            return Activator.CreateInstance(target, items)!;
        }

        var create = typeof(ImmutableArray).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .First(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }])
            .MakeGenericMethod(element);
        return create.Invoke(null, [items])!;
    }

    private object? FromVariable(YamlNode node, string name, Type target, bool nullable, string what)
    {
        if (!_state.Variables.TryGetValue(name, out var value))
        {
            throw Error(node, $"{what}: variable '{name}' is not bound{NameSuggestions.DidYouMean(name, _state.Variables.Keys)}"
                + " (bind it with 'out' in an earlier step)");
        }

        return Adapt(node, name, value, target, nullable, what);
    }

    /// <summary>A bound variable's value as <paramref name="target"/>: handles resolve to the objects they refer to.</summary>
    private object? Adapt(YamlNode node, string name, object? value, Type target, bool nullable, string what)
    {
        switch (value)
        {
            case null when target == typeof(NtHandle):
                return NtHandle.Null;
            case null:
                return nullable ? null : throw Error(node, $"{what}: variable '{name}' is null, which is not {Article(target)}");
            case var v when target.IsInstanceOfType(v):
                return v;
            case NtHandle handle when typeof(KernelObject).IsAssignableFrom(target):
                return ResolveHandle(node, handle, target, what);
            case NtHandle handle when target == typeof(TokenState):
                return ((TokenObject)ResolveHandle(node, handle, typeof(TokenObject), what)).State;
            case TokenObject token when target == typeof(TokenState):
                return token.State;
            case ProcessObject process when target == typeof(TokenObject):
                return process.PrimaryToken;
            case ProcessObject process when target == typeof(TokenState):
                return process.PrimaryToken.State;
            case ProcessObject process when target == typeof(ThreadObject):
                return process.FindThread("main");
            case ThreadObject thread when target == typeof(ProcessObject):
                return thread.Process;
            case IConvertible when target.IsPrimitive && value.GetType().IsPrimitive:
                try
                {
                    return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
                }
                catch (OverflowException)
                {
                    break;
                }
        }

        if (RoutineParameter.IsStrongBox(target) && target.GetGenericArguments()[0].IsInstanceOfType(value))
        {
            return Activator.CreateInstance(target, value);
        }

        throw Error(node, $"{what}: variable '{name}' holds {ValueFormatter.Describe(value)}, not {Article(target)}");
    }

    private KernelObject ResolveHandle(YamlNode node, NtHandle handle, Type target, string what)
    {
        if (_call is not { } call)
        {
            throw Error(node, $"{what}: a handle means something only to a calling thread: give the step 'as'");
        }

        KernelObject? obj = handle.Value switch
        {
            -1 => call.Process,
            -2 => call.Thread,
            -4 => call.Process.PrimaryToken,
            -5 => call.Thread.Impersonation?.Token,
            -6 => call.EffectiveToken,
            _ => (handle.IsKernel ? call.Machine.KernelHandles : call.Process.Handles).Lookup(handle, out var entry) == NtStatus.STATUS_SUCCESS
                ? entry!.Object
                : null,
        };
        if (obj is null)
        {
            throw Error(node, $"{what}: handle {handle} is not open in {(handle.IsKernel ? "the kernel handle table" : $"process {call.Process.ImageName}")}");
        }

        if (!target.IsInstanceOfType(obj))
        {
            throw Error(node, $"{what}: handle {handle} refers to a {obj.Type.Name} object, not {Article(target)}");
        }

        return obj;
    }

    private object? FromScalar(YamlScalarNode node, Type target, bool nullable, string what, int depth)
    {
        string text = node.Value ?? "";
        if (target == typeof(string) || target == typeof(object))
        {
            return text;
        }

        if (target == typeof(bool))
        {
            return YamlNodes.Boolean(File, node, what);
        }

        if (target == typeof(NtStatus))
        {
            return NtStatusNames.TryParse(text, out var status)
                ? status
                : throw Error(node, $"{what}: '{YamlNodes.Shorten(text)}' is not an NTSTATUS name (STATUS_ACCESS_DENIED) or hex value (0xC0000022)");
        }

        if (target == typeof(Win32Error))
        {
            return ParseWin32Error(node, what);
        }

        if (target.IsEnum)
        {
            return ParseEnum(node, target, what);
        }

        if (target.IsPrimitive && target != typeof(char) && target != typeof(double) && target != typeof(float))
        {
            return ParseNumber(node, target, what);
        }

        if (target == typeof(NtHandle))
        {
            return ParseHandle(node, what);
        }

        if (target == typeof(Sid))
        {
            return ParseSid(node, what);
        }

        if (target == typeof(SecurityDescriptor))
        {
            return ParseDescriptor(node, text, what);
        }

        if (target == typeof(Acl))
        {
            var sd = ParseDescriptor(node, text.StartsWith('(') ? "D:" + text : text, what);
            return sd.DaclPresent ? sd.Dacl : sd.SaclPresent ? sd.Sacl : throw Error(node, $"{what}: give the ACL as SDDL, D:(...)");
        }

        if (target == typeof(Luid))
        {
            if (PrivilegeTable.TryGetByName(text, out var privilege))
            {
                return privilege.Luid;
            }

            return Luid.TryParse(text, out var luid)
                ? luid
                : throw Error(node, $"{what}: '{YamlNodes.Shorten(text)}' is not a privilege name (SeDebugPrivilege) or a LUID (0x0-0x3e7)"
                    + NameSuggestions.DidYouMean(text, PrivilegeTable.All.Select(p => p.Name)));
        }

        if (target == typeof(Guid))
        {
            return Guid.TryParse(text, out var guid) ? guid : throw Error(node, $"{what}: '{YamlNodes.Shorten(text)}' is not a GUID");
        }

        if (target == typeof(ClientId))
        {
            return ParseClientId(node, text, what);
        }

        if (target == typeof(GenericMapping) && ObjectTypeInfo.TryGetByName(text, out var typeInfo))
        {
            return typeInfo.GenericMapping;
        }

        if (_state.Variables.TryGetValue(text, out var bound) && !target.IsValueType)
        {
            return Adapt(node, text, bound, target, nullable, what);
        }

        if (typeof(KernelObject).IsAssignableFrom(target) || target == typeof(TokenState))
        {
            return ByName(node, text, target, what);
        }

        return Shorthand(node, target, what, depth);
    }

    /// <summary>CLIENT_ID by name: "process" (its id) or "process/thread" (both ids); or a process id number.</summary>
    private ClientId ParseClientId(YamlScalarNode node, string text, string what)
    {
        if (TryParseInteger(text, out long id) && id is >= 0 and <= int.MaxValue)
        {
            return new ClientId((int)id);
        }

        var process = ByName(node, text.Split('/')[0], typeof(ProcessObject), what) as ProcessObject;
        if (!text.Contains('/', StringComparison.Ordinal))
        {
            return new ClientId(process!.ProcessId);
        }

        var thread = (ThreadObject)ByName(node, text, typeof(ThreadObject), what);
        return new ClientId(thread.Process.ProcessId, thread.ThreadId);
    }

    private object ParseWin32Error(YamlScalarNode node, string what)
    {
        string text = node.Value ?? "";
        if (Win32ErrorNames.TryParse(text, out var error))
        {
            return error;
        }

        if (TryParseInteger(text, out long number) && number is >= 0 and <= uint.MaxValue)
        {
            return (Win32Error)(uint)number;
        }

        throw Error(node, $"{what}: '{YamlNodes.Shorten(text)}' is not an ERROR_* name or a number");
    }

    private object ParseEnum(YamlScalarNode node, Type target, string what)
    {
        string text = node.Value ?? "";
        bool flags = target.IsDefined(typeof(FlagsAttribute), false);
        string[] names = Enum.GetNames(target);
        ulong result = 0;
        foreach (var part in flags ? text.Split('|') : [text])
        {
            string segment = part.Trim();
            if (TryParseInteger(segment, out long number))
            {
                result |= unchecked((ulong)number);
                continue;
            }

            string? name = names.FirstOrDefault(n => n.Equals(segment, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                throw Error(node, $"{what}: '{YamlNodes.Shorten(segment)}' is not a {target.Name} name{NameSuggestions.DidYouMean(segment, names)}"
                    + (names.Length <= 12 ? $" (names: {string.Join(", ", names)})" : ""));
            }

            result |= System.Convert.ToUInt64(Enum.Parse(target, name), CultureInfo.InvariantCulture) & UnsignedMask(target);
        }

        return Enum.ToObject(target, result);
    }

    private static ulong UnsignedMask(Type enumType) => Type.GetTypeCode(Enum.GetUnderlyingType(enumType)) switch
    {
        TypeCode.Byte or TypeCode.SByte => 0xFF,
        TypeCode.Int16 or TypeCode.UInt16 => 0xFFFF,
        TypeCode.Int32 or TypeCode.UInt32 => 0xFFFF_FFFF,
        _ => ulong.MaxValue,
    };

    private object ParseNumber(YamlScalarNode node, Type target, string what)
    {
        string text = node.Value ?? "";
        if (!TryParseInteger(text, out long number))
        {
            if (target == typeof(uint) && MaskParser.TryParse(text, _maskKind, out uint mask, out var maskError))
            {
                return mask;
            }

            throw Error(node, target == typeof(uint)
                ? $"{what}: not a number or an access mask: {MaskError(text)}"
                : $"{what}: '{YamlNodes.Shorten(text)}' is not a number");
        }

        bool hex = text.Trim().StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        try
        {
            return Type.GetTypeCode(target) switch
            {
                TypeCode.UInt64 => unchecked((ulong)number),
                TypeCode.Int64 => number,
                TypeCode.UInt32 when hex || number >= 0 => checked((uint)(hex ? unchecked((ulong)number) : (ulong)number)),
                TypeCode.Int32 when hex => unchecked((int)checked((uint)unchecked((ulong)number))),
                _ => System.Convert.ChangeType(number, target, CultureInfo.InvariantCulture),
            };
        }
        catch (OverflowException)
        {
            throw Error(node, $"{what}: {text} does not fit in {target.Name}");
        }
    }

    private string MaskError(string text) => MaskParser.TryParse(text, _maskKind, out _, out var error) ? "" : error;

    private NtHandle ParseHandle(YamlScalarNode node, string what)
    {
        string text = node.Value ?? "";
        if (PseudoHandle(text) is { } pseudo)
        {
            return pseudo;
        }

        if (_state.Variables.TryGetValue(text, out var value))
        {
            return value switch
            {
                NtHandle h => h,
                null => NtHandle.Null,
                _ => throw Error(node, $"{what}: variable '{text}' holds {ValueFormatter.Describe(value)}, not a handle"),
            };
        }

        if (TryParseInteger(text, out long number))
        {
            return new NtHandle(number);
        }

        throw Error(node, $"{what}: '{YamlNodes.Shorten(text)}' is not a bound variable, null, a pseudo-handle (NtCurrentProcess, NtCurrentThread, "
            + "NtCurrentProcessToken, NtCurrentThreadToken, NtCurrentThreadEffectiveToken, GetCurrentProcess, GetCurrentThread) or a number"
            + NameSuggestions.DidYouMean(text, _state.Variables.Keys.Concat(PseudoHandles.Select(p => p.Name))));
    }

    private Sid ParseSid(YamlScalarNode node, string what)
    {
        string text = node.Value ?? "";
        if (TokenInput.TryParseSid(what, text, out var sid, out var error))
        {
            return sid;
        }

        throw Error(node, error);
    }

    private SecurityDescriptor ParseDescriptor(YamlScalarNode node, string text, string what) =>
        SecurityDescriptor.TryParseSddl(text, TokenInput.Context, out var sd, out var error)
            ? sd
            : throw Error(node, $"{what}: SDDL {error}");

    /// <summary>Object pointers by name: "process", "process/thread", a named object "\...", or a token preset.</summary>
    private object ByName(YamlScalarNode node, string text, Type target, string what)
    {
        var machine = _state.Machine;
        if (text.StartsWith('\\'))
        {
            var named = machine.FindNamed(text) ?? throw Error(node, $"{what}: no object named '{text}'");
            return target.IsInstanceOfType(named) ? named : throw Error(node, $"{what}: {text} is a {named.Type.Name} object, not {Article(target)}");
        }

        int slash = text.IndexOf('/', StringComparison.Ordinal);
        string processName = slash < 0 ? text : text[..slash];
        var process = machine.FindProcess(processName);
        if (process is null)
        {
            if (target == typeof(TokenState) && TokenPresets.TryGet(text, out var preset))
            {
                return preset;
            }

            var known = machine.Processes.Select(p => p.ImageName).Concat(_state.Variables.Keys).ToList();
            throw Error(node, $"{what}: '{YamlNodes.Shorten(text)}' is neither a process nor a bound variable{NameSuggestions.DidYouMean(processName, known)}"
                + $" (processes: {string.Join(", ", machine.Processes.Select(p => p.ImageName))})");
        }

        ThreadObject? thread = null;
        if (slash >= 0)
        {
            string threadName = text[(slash + 1)..];
            thread = process.FindThread(threadName) ?? throw Error(node,
                $"{what}: process {process.ImageName} has no thread '{threadName}' (threads: {string.Join(", ", process.Threads.Select(t => t.ThreadName))})");
        }

        object? result = target switch
        {
            _ when target == typeof(ThreadObject) => thread ?? process.FindThread("main"),
            _ when target == typeof(ProcessObject) => slash < 0 ? process : null,
            _ when target == typeof(TokenObject) || target == typeof(TokenState) => thread is null
                ? process.PrimaryToken
                : thread.Impersonation?.Token ?? throw Error(node, $"{what}: thread {text} does not impersonate, so it has no token of its own"),
            _ when target.IsAssignableFrom(typeof(ProcessObject)) && thread is null => process,
            _ when target.IsAssignableFrom(typeof(ThreadObject)) => thread,
            _ => null,
        };
        if (result is TokenObject token && target == typeof(TokenState))
        {
            return token.State;
        }

        return result ?? throw Error(node, $"{what}: '{text}' does not name {Article(target)}");
    }

    private object FromMapping(YamlMappingNode mapping, Type target, string what, int depth)
    {
        if (target == typeof(TokenState))
        {
            return ScenarioLoader.LoadToken(File, mapping);
        }

        var entries = YamlNodes.Entries(File, mapping, what);
        var typeKey = entries.FirstOrDefault(e => e.Key.Value == "$type");
        var fields = entries.Where(e => e.Key.Value != "$type").ToList();
        var concrete = ConcreteType(mapping, target, typeKey.Value, fields, what);
        var (ctor, problem) = BestConstructor(concrete, fields);
        if (ctor is null)
        {
            throw problem!.Value.Mark is { } m ? new ScenarioException(m, problem.Value.Message) : Error(mapping, problem.Value.Message);
        }

        var parameters = ctor.GetParameters();
        var values = new object?[parameters.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            var given = fields.FirstOrDefault(f => string.Equals(f.Key.Value, p.Name, StringComparison.OrdinalIgnoreCase));
            values[i] = given.Value is not null
                ? Convert(given.Value, p.ParameterType, $"{what}.{Pascal(p.Name!)}", depth + 1)
                : p.HasDefaultValue ? p.DefaultValue : null;
        }

        return Construct(mapping, ctor, values, what);
    }

    private object Construct(YamlNode node, ConstructorInfo ctor, object?[] values, string what)
    {
        try
        {
            return ctor.Invoke(values);
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentException or FormatException or InvalidOperationException)
        {
            throw Error(node, $"{what}: {ctor.DeclaringType!.Name} refuses these values: {e.InnerException.Message}");
        }
    }

    private Type ConcreteType(YamlNode node, Type target, YamlNode? typeNode, List<(YamlScalarNode Key, YamlNode Value)> fields, string what)
    {
        if (!target.IsAbstract && !target.IsInterface)
        {
            return target;
        }

        var candidates = target.Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && target.IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        if (typeNode is not null)
        {
            string name = YamlNodes.Scalar(File, typeNode, "$type");
            return candidates.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?? throw Error(typeNode, $"$type: '{name}' is not a kind of {target.Name}{NameSuggestions.DidYouMean(name, candidates.Select(c => c.Name))}"
                    + $" (kinds: {string.Join(", ", candidates.Select(c => c.Name))})");
        }

        var fitting = candidates.Where(t => BestConstructor(t, fields).Ctor is not null).ToList();
        return fitting.Count switch
        {
            1 => fitting[0],
            0 => throw Error(node, $"{what}: no kind of {target.Name} has exactly these fields (kinds: {string.Join(", ", candidates.Select(c => $"{c.Name}({Fields(c)})"))})"),
            _ => throw Error(node, $"{what}: several kinds of {target.Name} have these fields ({string.Join(", ", fitting.Select(f => f.Name))}): say which with '$type'"),
        };
    }

    private static string Fields(Type type) =>
        LargestConstructor(type) is { } ctor ? string.Join(", ", ctor.GetParameters().Select(p => Pascal(p.Name!))) : "";

    private static ConstructorInfo? LargestConstructor(Type type) =>
        type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => !(c.GetParameters() is [var only] && only.ParameterType == type))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();

    /// <summary>The public constructor whose parameters are exactly covered by the fields (the others optional).</summary>
    private (ConstructorInfo? Ctor, (SourceMark? Mark, string Message)? Problem) BestConstructor(Type type, List<(YamlScalarNode Key, YamlNode Value)> fields)
    {
        var ctors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => !(c.GetParameters() is [var only] && only.ParameterType == type))
            .OrderByDescending(c => c.GetParameters().Length)
            .ToList();
        if (ctors.Count == 0)
        {
            return (null, (null, $"{type.Name} cannot be written as a mapping: give a bound variable"));
        }

        (SourceMark? Mark, string Message)? first = null;
        foreach (var ctor in ctors)
        {
            var parameters = ctor.GetParameters();
            var unknown = fields.FirstOrDefault(f => !parameters.Any(p => string.Equals(p.Name, f.Key.Value, StringComparison.OrdinalIgnoreCase)));
            if (unknown.Key is not null)
            {
                first ??= (SourceMark.Of(File, unknown.Key), $"{type.Name} has no field '{unknown.Key.Value}'"
                    + NameSuggestions.DidYouMean(unknown.Key.Value!, parameters.Select(p => Pascal(p.Name!)))
                    + $" (fields: {string.Join(", ", parameters.Select(p => Pascal(p.Name!)))})");
                continue;
            }

            var missing = parameters.FirstOrDefault(p => !p.HasDefaultValue && !IsNullable(p)
                && !fields.Any(f => string.Equals(p.Name, f.Key.Value, StringComparison.OrdinalIgnoreCase)));
            if (missing is not null)
            {
                first ??= (null, $"{type.Name}: missing field '{Pascal(missing.Name!)}' (fields: {string.Join(", ", parameters.Select(p => Pascal(p.Name!)))})");
                continue;
            }

            return (ctor, null);
        }

        return (null, first);
    }

    private static readonly NullabilityInfoContext Nullability = new();

    private static bool IsNullable(ParameterInfo p) =>
        Nullable.GetUnderlyingType(p.ParameterType) is not null
        || (!p.ParameterType.IsValueType && Nullability.Create(p).WriteState != NullabilityState.NotNull);

    /// <summary>
    /// A structure written as its first field alone when every other field is a number, a flag set or optional:
    /// `RestrictedSids: [S-1-5-12]`, `PrivilegesToDelete: [SeDebugPrivilege]` (attributes 0).
    /// </summary>
    private object Shorthand(YamlScalarNode node, Type target, string what, int depth)
    {
        var ctor = LargestConstructor(target);
        if (ctor is not null && ctor.GetParameters() is [var first, .. var rest]
            && rest.All(p => p.HasDefaultValue || (p.ParameterType.IsValueType && (p.ParameterType.IsPrimitive || p.ParameterType.IsEnum))))
        {
            var values = new object?[rest.Length + 1];
            values[0] = Convert(node, first.ParameterType, $"{what}.{Pascal(first.Name!)}", depth + 1);
            for (int i = 0; i < rest.Length; i++)
            {
                values[i + 1] = rest[i].HasDefaultValue ? rest[i].DefaultValue : Activator.CreateInstance(rest[i].ParameterType);
            }

            return Construct(node, ctor, values, what);
        }

        string fields = ctor is null ? "" : $" with the fields {string.Join(", ", ctor.GetParameters().Select(p => Pascal(p.Name!)))}";
        throw Error(node, $"{what}: '{YamlNodes.Shorten(node.Value ?? "")}' is not a bound variable; write {Article(target)} as a mapping{fields}");
    }

    /// <summary>"TokenHandle" from "tokenHandle".</summary>
    public static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    private static string Article(Type type)
    {
        string name = type == typeof(NtHandle) ? "handle" : type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
        return ("AEIOU".Contains(name[0], StringComparison.Ordinal) ? "an " : "a ") + name;
    }

    private ScenarioException Error(YamlNode node, string message) => new(SourceMark.Of(File, node), message);
}
