namespace RegistryBot.Teams.Hosting;

public enum BotAppType
{
    SingleTenant,
    MultiTenant,
    UserAssignedMSI,
}
