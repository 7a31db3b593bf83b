using System.Collections.Concurrent;
using System.Text.Json;
using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Authorization;
using NtSec.Cli.Commands;
using NtSec.Tokens;

namespace NtSec.Cli;

/// <summary>
/// `ntsec check --batch FILE.jsonl`: one JSON line out per line in, in order. Lines are processed in
/// parallel chunks; parsed descriptors, tokens and masks are cached (up to a bound) because batch
/// inputs repeat them.
/// </summary>
internal static class CheckBatch
{
    private const int ChunkLines = 16_384;
    private const int MaxCached = 100_000;

    public static int Run(FileInfo file, TextWriter output, TextWriter error)
    {
        if (!file.Exists)
        {
            error.WriteLine($"error: --batch: file '{file.FullName}' does not exist");
            return ExitCodes.BadInput;
        }

        var caches = new Caches();
        var chunk = new List<string>(ChunkLines);
        var results = new string[ChunkLines];
        bool anyError = false;
        using var reader = file.OpenText();
        while (true)
        {
            chunk.Clear();
            while (chunk.Count < ChunkLines && reader.ReadLine() is { } line)
            {
                chunk.Add(line);
            }

            if (chunk.Count == 0)
            {
                break;
            }

            Parallel.For(0, chunk.Count, i => results[i] = Evaluate(chunk[i], caches));
            for (int i = 0; i < chunk.Count; i++)
            {
                anyError |= results[i].StartsWith("{\"error\"", StringComparison.Ordinal);
                output.WriteLine(results[i]);
            }
        }

        return anyError ? ExitCodes.CheckFailed : ExitCodes.Success;
    }

    /// <summary>One input line to one output line; never throws for bad input.</summary>
    internal static string Evaluate(string line, Caches caches)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return CheckOutput.ErrorLine($"not a JSON object: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return CheckOutput.ErrorLine("not a JSON object");
            }

            foreach (var property in root.EnumerateObject())
            {
                if (property.Name is not ("sd" or "token" or "access" or "type"))
                {
                    return CheckOutput.ErrorLine($"unknown property '{property.Name}' (expected sd, token, access, type)");
                }
            }

            if (!root.TryGetProperty("sd", out var sd) || sd.ValueKind != JsonValueKind.String)
            {
                return CheckOutput.ErrorLine("'sd' must be an SDDL string");
            }

            if (!root.TryGetProperty("token", out var token))
            {
                return CheckOutput.ErrorLine("'token' is missing");
            }

            if (!root.TryGetProperty("access", out var access) || access.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                return CheckOutput.ErrorLine("'access' must be a mask string or a number");
            }

            string? typeName = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (!CheckInputs.TryType(typeName, out var type, out var problem))
            {
                return CheckOutput.ErrorLine(problem);
            }

            string accessText = access.ValueKind == JsonValueKind.Number ? access.GetRawText() : access.GetString()!;
            if (!caches.Mask(accessText, type, out uint desired, out problem)
                || !caches.Descriptor(sd.GetString()!, out var descriptor, out problem)
                || !caches.Token(token, out var tokenState, out problem))
            {
                return CheckOutput.ErrorLine(problem);
            }

            return CheckOutput.BatchLine(ImpersonationAccessCheck.Check(descriptor, tokenState, desired, type.GenericMapping));
        }
    }

    /// <summary>Bounded caches of parsed inputs, shared by the worker threads.</summary>
    internal sealed class Caches
    {
        private readonly ConcurrentDictionary<string, (SecurityDescriptor? Value, string? Error)> _descriptors = new();
        private readonly ConcurrentDictionary<string, (TokenState? Value, string? Error)> _tokens = new();
        private readonly ConcurrentDictionary<(string, ObjectTypeKind), (uint Value, string? Error)> _masks = new();

        public bool Descriptor(string sddl, [NotNullWhen(true)] out SecurityDescriptor? sd, [NotNullWhen(false)] out string? error)
        {
            var entry = Lookup(_descriptors, sddl, static s => SecurityDescriptor.TryParseSddl(s, TokenInput.Context, out var d, out var e)
                ? (d, null)
                : (null, $"sd: SDDL {e}"));
            (sd, error) = entry;
            return sd is not null;
        }

        public bool Token(JsonElement element, [NotNullWhen(true)] out TokenState? token, [NotNullWhen(false)] out string? error)
        {
            string key = element.ValueKind == JsonValueKind.String ? "s:" + element.GetString() : "o:" + element.GetRawText();
            var entry = Lookup(_tokens, key, _ => TokenInput.TryResolveToken(element, out var t, out var e) ? (t, null) : (null, e));
            (token, error) = entry;
            return token is not null;
        }

        public bool Mask(string text, ObjectTypeInfo type, out uint mask, [NotNullWhen(false)] out string? error)
        {
            var entry = Lookup(_masks, (text, type.Kind), k => CheckInputs.TryMask(k.Item1, type, out uint m, out var e) ? (m, null) : (0u, e));
            (mask, error) = entry;
            return error is null;
        }

        private static TValue Lookup<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache, TKey key, Func<TKey, TValue> create)
            where TKey : notnull
        {
            if (cache.TryGetValue(key, out var value))
            {
                return value;
            }

            value = create(key);
            if (cache.Count < MaxCached)
            {
                cache.TryAdd(key, value);
            }

            return value;
        }
    }
}
