using System.Text.Json;
using System.Text.Json.Serialization;
using RegistryBot.Portal.Http.Contracts;

namespace RegistryBot.Portal.Http;

/// <summary>
/// The portal API's payloads (docs/portal-api.yaml). A missing required member or a null where the
/// contract has none fails deserialisation instead of reaching the domain as a null.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(BillingProfileListDto))]
[JsonSerializable(typeof(OrderSubmissionDto))]
[JsonSerializable(typeof(StatusQueryDto))]
[JsonSerializable(typeof(OrderStatusListDto))]
[JsonSerializable(typeof(TicketRequestDto))]
[JsonSerializable(typeof(TicketDto))]
[JsonSerializable(typeof(ProblemDto))]
[JsonSerializable(typeof(TokenResponseDto))]
[JsonSerializable(typeof(TokenErrorDto))]
internal sealed partial class PortalJsonContext : JsonSerializerContext;
