using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace RegistryBot.Teams.Hosting;

/// <summary>Reads a request body into memory, stopping as soon as it passes the limit.</summary>
public readonly record struct RequestBody(ReadOnlyMemory<byte> Bytes, bool TooLarge)
{
    public static async Task<RequestBody> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return new RequestBody(default, TooLarge: true);
        }

        return request.ContentLength is > 0 and var length
            ? new RequestBody(await ReadDeclaredAsync(request.Body, (int)length, cancellationToken), TooLarge: false)
            : await ReadChunkedAsync(request.Body, limit, cancellationToken);
    }

    // The server frames the body by its Content-Length, so it is never longer: one array of that size.
    private static async Task<ReadOnlyMemory<byte>> ReadDeclaredAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        var read = await body.ReadAtLeastAsync(bytes, length, throwOnEndOfStream: false, cancellationToken);
        return bytes.AsMemory(0, read);
    }

    private static async Task<RequestBody> ReadChunkedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var read = await body.ReadAsync(buffer.GetMemory(4096), cancellationToken);
            if (read == 0)
            {
                return new RequestBody(buffer.WrittenMemory, TooLarge: false);
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return new RequestBody(default, TooLarge: true);
            }
        }
    }
}
