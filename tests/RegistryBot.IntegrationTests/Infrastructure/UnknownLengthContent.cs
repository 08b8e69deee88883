using System.Net;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>A body sent with chunked transfer encoding: no Content-Length announces its size.</summary>
public sealed class UnknownLengthContent(byte[] bytes, string mediaType) : HttpContent
{
    public static UnknownLengthContent Json(byte[] bytes) => new(bytes, "application/json");

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    public override string ToString() => $"{bytes.Length} bytes of {mediaType}";
}
