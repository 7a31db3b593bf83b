using System.Text.Json.Serialization;

namespace NtSec.Cli;

/// <summary>Source-generated JSON metadata for the few values the CLI serialises directly.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
