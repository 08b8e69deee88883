using System.Text.Json;
using System.Text.Json.Serialization;

namespace RegistryBot.Teams.Schema;

/// <summary>
/// The fields of a Bot Framework activity that this bot reads or writes.
/// Unknown fields are ignored on input, as the activity spec asks (A2005).
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ReplyToId { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? Name { get; set; }
    public string? Action { get; set; }
    public JsonElement? Value { get; set; }
    public TeamsChannelData? ChannelData { get; set; }
    public IList<Entity>? Entities { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>The tenant, wherever Teams put it: conversation first, channel data second.</summary>
    [JsonIgnore]
    public string? TenantId => Conversation?.TenantId ?? ChannelData?.Tenant?.Id;
}
