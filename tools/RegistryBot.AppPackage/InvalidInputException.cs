namespace RegistryBot.AppPackage;

/// <summary>Arguments, settings or the template are wrong; each problem tells the user what to change.</summary>
internal sealed class InvalidInputException(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    public InvalidInputException(string problem)
        : this([problem])
    {
    }

    public IReadOnlyList<string> Problems { get; } = problems;
}
