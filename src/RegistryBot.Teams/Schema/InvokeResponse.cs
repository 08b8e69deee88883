using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RegistryBot.Teams.Schema;

/// <summary>
/// The body of an answer to an <c>adaptiveCard/action</c> invoke; the HTTP status stays 200 and
/// <see cref="StatusCode"/> carries the outcome (Universal Action Model).
/// </summary>
public sealed class InvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public int StatusCode { get; init; } = 200;
    public string Type { get; init; } = CardType;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_scratch;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    // A card answer is several kilobytes: it is serialised once, for the wire and for replay alike.
    private byte[]? _utf8Json;
    private JsonNode? _value;
    private bool _valueOnlyInBytes;

    /// <summary>The answer's value; for an answer written by <see cref="CardWrittenBy"/>, read back from its bytes when asked for.</summary>
    public JsonNode? Value
    {
        get => _valueOnlyInBytes ? _value ??= ValueInBytes() : _value;
        init => _value = value;
    }

    /// <summary>
    /// This answer as UTF-8 JSON, serialised on the first call and the same bytes after it: call it
    /// once the answer is final (a change to <see cref="Value"/> after it is not seen). Do not
    /// modify the array.
    /// </summary>
    public byte[] ToUtf8Json() => _utf8Json ??= JsonSerializer.SerializeToUtf8Bytes(this, TeamsJsonContext.Default.InvokeResponse);

    /// <summary>An answer read back from <see cref="ToUtf8Json"/>'s bytes, which it then writes unchanged.</summary>
    public static InvokeResponse FromUtf8Json(byte[] json)
    {
        var response = JsonSerializer.Deserialize(json, TeamsJsonContext.Default.InvokeResponse)
            ?? throw new JsonException("An invoke answer cannot be null.");
        response._utf8Json = json;
        return response;
    }

    public static InvokeResponse Card(JsonObject card) => new() { Value = card };

    /// <summary>
    /// A card answer whose card <paramref name="writeCard"/> writes straight into the answer's JSON:
    /// the same bytes as <see cref="Card"/> with the card built first, without building it.
    /// </summary>
    public static InvokeResponse CardWrittenBy(Action<Utf8JsonWriter> writeCard)
    {
        // The card is written into this thread's scratch buffer, and only the finished bytes are
        // copied out: a growing buffer per answer cost more than the answer itself.
        var buffer = t_scratch ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);

        writer.WriteStartObject();
        writer.WriteNumber("statusCode", 200);
        writer.WriteString("type", CardType);
        writer.WritePropertyName("value");
        writeCard(writer);
        writer.WriteEndObject();
        writer.Flush();

        return new InvokeResponse { _utf8Json = buffer.WrittenSpan.ToArray(), _valueOnlyInBytes = true };
    }

    public static InvokeResponse Message(string text) =>
        new() { Type = MessageType, Value = JsonValue.Create(text) };

    public static InvokeResponse Error(int statusCode, string code, string message) => new()
    {
        StatusCode = statusCode,
        Type = ErrorType,
        Value = new JsonObject { ["code"] = code, ["message"] = message },
    };

    private JsonNode? ValueInBytes()
    {
        var answer = JsonNode.Parse(_utf8Json!)!.AsObject();
        var value = answer["value"];
        answer.Remove("value");
        return value;
    }
}
