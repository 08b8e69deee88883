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

        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is > 0 and var length ? (int)length : 4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
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
