using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Kernel;
using NtSec.Principals;
using NtSec.Tokens;
using YamlDotNet.RepresentationModel;

namespace NtSec.Cli.Scenarios;

/// <summary>
/// Compares an expected YAML value with an actual one (docs/scenarios.md "Expectations"): a scalar is converted
/// to the actual value's type as an argument would be and compared for equality; a mapping matches when every
/// field it names matches; a list matches when each of its entries matches a different entry of the actual
/// list (order and other entries do not matter). A scalar against a structure compares the structure's first
/// field (`Groups: [BA]` asks for a group whose Sid is BA).
/// </summary>
internal sealed class ExpectationMatcher
{
    private const int MaxDepth = 32;

    private readonly ScenarioState _state;
    private readonly ValueConverter _converter;
    private readonly ObjectTypeKind? _kind;

    public ExpectationMatcher(ScenarioState state, ValueConverter converter, ObjectTypeKind? kind)
    {
        _state = state;
        _converter = converter;
        _kind = kind;
    }

    /// <summary>Null when <paramref name="actual"/> matches <paramref name="expected"/>; else what differs.</summary>
    public ExpectationFailure? Compare(YamlNode expected, object? actual, Type declared, string path, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new ScenarioException(SourceMark.Of(_state.File, expected), $"{path}: nested too deeply");
        }

        if (actual is IStrongBox box)
        {
            actual = box.Value;
            declared = RoutineParameter.IsStrongBox(declared) ? declared.GetGenericArguments()[0] : typeof(object);
        }

        if (YamlNodes.IsNull(expected))
        {
            return actual is null || actual is NtHandle { IsNull: true } ? null : Fail(path, expected, actual);
        }

        return expected switch
        {
            YamlMappingNode mapping => CompareMapping(mapping, actual, path, depth),
            YamlSequenceNode sequence => CompareSequence(sequence, actual, path, depth),
            YamlScalarNode scalar => CompareScalar(scalar, actual, declared, path, depth),
            _ => throw new ScenarioException(SourceMark.Of(_state.File, expected), $"{path}: unsupported YAML node"),
        };
    }

    private ExpectationFailure? CompareMapping(YamlMappingNode mapping, object? actual, string path, int depth)
    {
        if (actual is null)
        {
            return Fail(path, mapping, actual);
        }

        var type = actual.GetType();
        foreach (var (key, value) in YamlNodes.Entries(_state.File, mapping, path))
        {
            var property = type.GetProperty(key.Value!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || property.GetIndexParameters().Length > 0)
            {
                var names = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToList();
                throw new ScenarioException(SourceMark.Of(_state.File, key),
                    $"{path}: {type.Name} has no field '{key.Value}'{NameSuggestions.DidYouMean(key.Value!, names)} (fields: {string.Join(", ", names)})");
            }

            object? member;
            try
            {
                member = property.GetValue(actual);
            }
            catch (TargetInvocationException e)
            {
                throw new ScenarioException(SourceMark.Of(_state.File, key), $"{path}.{property.Name}: cannot be read ({e.InnerException?.Message})");
            }

            if (Compare(value, member, property.PropertyType, $"{path}.{property.Name}", depth + 1) is { } failure)
            {
                return failure;
            }
        }

        return null;
    }

    private ExpectationFailure? CompareSequence(YamlSequenceNode sequence, object? actual, string path, int depth)
    {
        if (actual is null or string || actual is not IEnumerable enumerable)
        {
            return Fail(path, sequence, actual);
        }

        var type = actual.GetType();
        var items = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
            && (bool)type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(actual)!
            ? []
            : enumerable.Cast<object?>().ToList();
        var element = ValueConverter.CollectionElement(type)
            ?? type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0]
            ?? typeof(object);
        var used = new bool[items.Count];
        foreach (var expectedItem in sequence.Children)
        {
            bool found = false;
            for (int i = 0; i < items.Count && !found; i++)
            {
                if (!used[i] && Compare(expectedItem, items[i], element, path, depth + 1) is null)
                {
                    used[i] = true;
                    found = true;
                }
            }

            if (!found)
            {
                return new ExpectationFailure(path, "an entry " + YamlNodes.Render(expectedItem), ValueFormatter.Format(actual, LastName(path), _kind));
            }
        }

        return null;
    }

    private ExpectationFailure? CompareScalar(YamlScalarNode scalar, object? actual, Type declared, string path, int depth)
    {
        string text = scalar.Value ?? "";
        object? expectedValue;
        if (text.StartsWith('$'))
        {
            string name = text[1..];
            if (!_state.Variables.TryGetValue(name, out expectedValue))
            {
                throw new ScenarioException(SourceMark.Of(_state.File, scalar), $"{path}: variable '{name}' is not bound"
                    + NameSuggestions.DidYouMean(name, _state.Variables.Keys));
            }

            return Same(expectedValue, actual) ? null : Fail(path, scalar, actual);
        }

        var target = Nullable.GetUnderlyingType(declared) ?? declared;
        if (actual is not null && (target == typeof(object) || target.IsAbstract || target.IsInterface))
        {
            target = actual.GetType();
        }

        if (actual is not null && IsStructure(target))
        {
            // A structure against a scalar: its first field (a group's Sid, a privilege's Luid).
            var fields = ValueFormatter.Fields(target);
            if (fields.Count > 0 && fields[0] is var first)
            {
                return Compare(scalar, first.GetValue(actual), first.PropertyType, path, depth + 1);
            }
        }

        expectedValue = _converter.Convert(scalar, target, path);
        return Same(expectedValue, actual) ? null : Fail(path, scalar, actual);
    }

    /// <summary>True for a type the converter builds from a mapping (a record or structure), not from a scalar.</summary>
    private static bool IsStructure(Type type) =>
        !(type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(NtHandle) || type == typeof(Sid)
            || type == typeof(SecurityDescriptor) || type == typeof(Acl) || type == typeof(Luid) || type == typeof(Guid)
            || type == typeof(GenericMapping) || type == typeof(TokenState) || typeof(KernelObject).IsAssignableFrom(type)
            || ValueConverter.CollectionElement(type) is not null)
        && ValueFormatter.Fields(type).Count > 1;

    private static bool Same(object? expected, object? actual)
    {
        if (Equals(expected, actual) || ReferenceEquals(expected, actual))
        {
            return true;
        }

        if (expected is IEnumerable e && actual is IEnumerable a && expected is not string && actual is not string)
        {
            return e.Cast<object?>().SequenceEqual(a.Cast<object?>());
        }

        return false;
    }

    private ExpectationFailure Fail(string path, YamlNode expected, object? actual) =>
        new(path, YamlNodes.Render(expected), ValueFormatter.Format(actual, LastName(path), _kind));

    private static string LastName(string path) => path[(path.LastIndexOf('.') + 1)..];
}
