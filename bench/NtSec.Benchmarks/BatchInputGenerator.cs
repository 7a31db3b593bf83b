using System.Globalization;

namespace NtSec.Benchmarks;

/// <summary>
/// Writes the `ntsec check --batch` workload of issue 3: N lines over 1,000 distinct descriptors
/// and 100 distinct tokens (7 presets and 93 inline token objects), fixed seed.
/// Usage: dotnet run -c Release --project bench/NtSec.Benchmarks -- make-batch FILE [LINES]
/// </summary>
internal static class BatchInputGenerator
{
    public static void Write(string path, int lines)
    {
        var random = new Random(1000);
        var descriptors = Enumerable.Range(0, 1000).Select(i =>
            "O:BAG:SYD:" + string.Concat(Enumerable.Range(0, 3 + (i % 8)).Select(j =>
                $"({(j % 4 == 3 ? "D" : "A")};;0x{random.Next(1, 0x1F01FF):x};;;S-1-5-21-1-2-3-{1000 + ((i + j) % 40)})"))
            + "(A;;0x1200a9;;;BU)").ToArray();
        string[] presets = ["system", "admin", "admin-filtered", "user", "anonymous", "local-service", "network-service"];
        var tokens = presets.Select(p => $"\"{p}\"").Concat(Enumerable.Range(0, 93).Select(i =>
            $"{{\"user\": \"S-1-5-21-1-2-3-{1000 + i}\", \"groups\": [\"WD\", \"BU\", \"S-1-5-21-1-2-3-{1000 + ((i * 7) % 40)}\"]" +
            (i % 3 == 0 ? ", \"restrictedSids\": [\"S-1-5-12\", \"BU\"]" : string.Empty) + "}")).ToArray();
        string[] access = ["FILE_GENERIC_READ", "FILE_GENERIC_WRITE", "MAXIMUM_ALLOWED", "0x1", "DELETE|READ_CONTROL"];
        using var writer = new StreamWriter(path);
        for (int i = 0; i < lines; i++)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{{\"sd\": \"{descriptors[random.Next(descriptors.Length)]}\", \"token\": {tokens[random.Next(tokens.Length)]}, \"access\": \"{access[random.Next(access.Length)]}\", \"type\": \"file\"}}"));
        }
    }
}
