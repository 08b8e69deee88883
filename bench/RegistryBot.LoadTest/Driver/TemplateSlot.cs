namespace RegistryBot.LoadTest.Driver;

public enum TemplateSlot
{
    ActivityId,
    DraftId,
    ReplyToId,
    Timestamp,
}
