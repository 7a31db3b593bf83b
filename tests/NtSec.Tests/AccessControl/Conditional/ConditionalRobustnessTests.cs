using NtSec.AccessControl.Conditional;
using static NtSec.Tests.AccessControl.Conditional.SambaWindowsVectors;

namespace NtSec.Tests.AccessControl.Conditional;

/// <summary>
/// DESIGN.md error model: bad input never crashes. Mutations of every vector field (text) and of
/// Windows' application data (bytes) must come back as false with an error, never an exception.
/// </summary>
public sealed class ConditionalRobustnessTests
{
    private const string Alphabet = "()!=<>&|@\"#{},;:. -+0123456789xXSsIiDd%aAfFuUeErRcCvV\t";

    private static IEnumerable<(string Text, int Start, bool Resource, byte[] Windows)> Fields()
    {
        foreach (var file in new[] { "conditional_aces.txt.json", "short-conditional-and-resource-aces-successes.json.gz", "short-conditional-and-resource-aces-tx-int.json.gz" })
        {
            foreach (var (sddl, sd) in ReadJson(file))
            {
                foreach (char section in "DS")
                {
                    var binary = BinaryAces(sd, section);
                    var aces = Aces(sddl, section);
                    for (int i = 0; i < aces.Count; i++)
                    {
                        if (aces[i].Type == "RA" || IsConditionalType(aces[i].Type))
                        {
                            yield return (sddl[aces[i].Field7..aces[i].Close], 0, aces[i].Type == "RA", binary[i].ApplicationData);
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void MutatedText_NeverThrows()
    {
        var random = new Random(20240601);
        foreach (var (text, start, resource, _) in Fields())
        {
            for (int round = 0; round < 20; round++)
            {
                var chars = text.ToCharArray().ToList();
                int edits = 1 + random.Next(3);
                for (int e = 0; e < edits && chars.Count > 0; e++)
                {
                    int at = random.Next(chars.Count);
                    switch (random.Next(3))
                    {
                        case 0:
                            chars.RemoveAt(at);
                            break;
                        case 1:
                            chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                            break;
                        default:
                            chars[at] = Alphabet[random.Next(Alphabet.Length)];
                            break;
                    }
                }

                string mutated = new(chars.ToArray());
                if (resource)
                {
                    _ = ResourceAttributeSddl.TryParse(mutated, start, JsonContext, out byte[] _, out _, out _);
                }
                else
                {
                    _ = ConditionalExpressionSddl.TryParse(mutated, start, JsonContext, out byte[] bytes, out _, out _);
                    _ = ConditionalExpressionSddl.TryFormat(bytes, JsonContext, out _, out _);
                }
            }
        }
    }

    [Fact]
    public void MutatedBytes_NeverThrow()
    {
        var random = new Random(20240602);
        foreach (var (_, _, resource, windows) in Fields())
        {
            for (int round = 0; round < 20; round++)
            {
                var bytes = (byte[])windows.Clone();
                if (random.Next(4) == 0)
                {
                    Array.Resize(ref bytes, random.Next(bytes.Length + 1));
                }

                for (int e = random.Next(1, 4); e > 0 && bytes.Length > 0; e--)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                if (resource)
                {
                    _ = ResourceAttributeSddl.TryFormat(bytes, JsonContext, out _, out _);
                }
                else
                {
                    _ = ConditionalExpressionSddl.TryFormat(bytes, JsonContext, out _, out _);
                }
            }
        }
    }
}
