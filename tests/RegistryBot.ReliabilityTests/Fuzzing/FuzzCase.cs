using System.Text;

namespace RegistryBot.ReliabilityTests.Fuzzing;

/// <summary>One generated request body and what kind of generator made it.</summary>
public sealed record FuzzCase(string Kind, byte[] Body)
{
    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Body);
        return $"{Kind}: {(text.Length > 2000 ? text[..2000] + "…" : text)}";
    }
}
