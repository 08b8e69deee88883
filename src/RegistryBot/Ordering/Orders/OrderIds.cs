using System.Security.Cryptography;

namespace RegistryBot.Ordering.Orders;

/// <summary>Order ids: <c>ORD-</c> and ten characters of Crockford's base32 (upper case, no I, L, O, U).</summary>
public static class OrderIds
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 10;

    public static string New() => "ORD-" + RandomNumberGenerator.GetString(Alphabet, Length);

    public static bool IsWellFormed(string? id) =>
        id is { Length: 4 + Length } && id.StartsWith("ORD-", StringComparison.Ordinal) && id[4..].All(Alphabet.Contains);
}
