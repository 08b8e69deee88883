namespace RegistryBot.Teams.Schema;

public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
