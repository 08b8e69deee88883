namespace RegistryBot.Ordering.Drafts;

public enum DraftState
{
    Open,
    Placed,
    Cancelled,
}
