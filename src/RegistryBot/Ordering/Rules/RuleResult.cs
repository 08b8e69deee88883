namespace RegistryBot.Ordering.Rules;

/// <summary>A checked value, or the reason it was refused, in words for the user.</summary>
public readonly record struct RuleResult<T>(T? Value, string? Error)
{
    public bool IsValid => Error is null;

    public static RuleResult<T> Ok(T value) => new(value, null);

    public static RuleResult<T> Fail(string error) => new(default, error);
}
