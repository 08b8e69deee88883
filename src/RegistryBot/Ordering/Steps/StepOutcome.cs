namespace RegistryBot.Ordering.Steps;

/// <summary>The result of applying a step's inputs: every problem found, or success.</summary>
public sealed record StepOutcome(IReadOnlyList<string> Errors, bool Tampered = false)
{
    public static StepOutcome Success { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static StepOutcome Fail(params string[] errors) => new(errors);

    public static StepOutcome From<T>(Rules.RuleResult<T> refused) => new([refused.Error!], refused.Tampered);
}
