namespace RegistryBot.Ordering.Rules;

/// <summary>A checked value, or the reason it was refused, in words for the user.</summary>
public readonly record struct RuleResult<T>(T? Value, string? Error, bool Tampered = false)
{
    public bool IsValid => Error is null;

    public static RuleResult<T> Ok(T value) => new(value, null);

    public static RuleResult<T> Fail(string error) => new(default, error);

    /// <summary>A value no card of ours could have sent: refused like any bad input, and worth an audit entry.</summary>
    public static RuleResult<T> Forged(string error) => new(default, error, Tampered: true);
}
