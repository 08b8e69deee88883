namespace RegistryBot.Conversations.Waterfall;

public readonly record struct StepProgress(int Index, int Total)
{
    public override string ToString() => $"Step {Index} of {Total}";
}
