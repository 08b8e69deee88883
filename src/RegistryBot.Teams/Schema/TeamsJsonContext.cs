using System.Text.Json;
using System.Text.Json.Serialization;

namespace RegistryBot.Teams.Schema;

/// <summary>Source-generated serialisation for every protocol type: no reflection on the hot path.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = false,
    MaxDepth = 64)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(OutboundActivity))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ConnectorErrorResponse))]
public sealed partial class TeamsJsonContext : JsonSerializerContext;
