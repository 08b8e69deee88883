using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>
/// Sends a large JSON activity over a plain socket, written on the fly from one small buffer (a
/// valid head, padding, a valid tail), with Content-Length or chunked, while reading the answer at
/// the same time: it stops sending as soon as the status line arrives, as a well-behaved client
/// would. So the test learns the status and how much of the body the server took before answering,
/// even when the server closes the connection instead of reading the rest.
/// </summary>
public static class RawHttpUpload
{
    public static async Task<(int Status, long BytesSent)> PostAsync(Uri baseAddress, string path, string authorization, string activityJson, long totalBytes, bool chunked)
    {
        var head = Encoding.UTF8.GetBytes(activityJson[..^1] + ",\"padding\":\"");
        var tail = Encoding.UTF8.GetBytes("\"}");
        var padding = totalBytes - head.Length - tail.Length;

        using var client = new TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        var stream = client.GetStream();
        var framing = chunked ? "Transfer-Encoding: chunked" : $"Content-Length: {totalBytes.ToString(CultureInfo.InvariantCulture)}";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST {path} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nAuthorization: {authorization}\r\nContent-Type: application/json\r\n{framing}\r\n\r\n"));

        using var answered = new CancellationTokenSource();
        var status = ReadStatusAsync(stream, answered);
        long sent = 0;
        try
        {
            var filler = new byte[64 * 1024];
            Array.Fill(filler, (byte)'x');
            await SendAsync(head);
            for (var left = padding; left > 0 && !answered.IsCancellationRequested; left -= filler.Length)
            {
                await SendAsync(filler.AsMemory(0, (int)Math.Min(filler.Length, left)));
            }

            await SendAsync(tail);
            if (chunked && !answered.IsCancellationRequested)
            {
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), answered.Token);
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
            // The server answered (or hung up) before taking the whole body.
        }

        return (await status.WaitAsync(TimeSpan.FromSeconds(15)), sent);

        async Task SendAsync(ReadOnlyMemory<byte> data)
        {
            if (chunked)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{data.Length:x}\r\n"), answered.Token);
                await stream.WriteAsync(data, answered.Token);
                await stream.WriteAsync("\r\n"u8.ToArray(), answered.Token);
            }
            else
            {
                await stream.WriteAsync(data, answered.Token);
            }

            sent += data.Length;
        }
    }

    private static async Task<int> ReadStatusAsync(NetworkStream stream, CancellationTokenSource answered)
    {
        try
        {
            var line = new StringBuilder();
            var buffer = new byte[1];
            while (!line.ToString().EndsWith("\r\n", StringComparison.Ordinal))
            {
                if (await stream.ReadAsync(buffer) == 0)
                {
                    return 0;
                }

                line.Append((char)buffer[0]);
            }

            // "HTTP/1.1 413 Payload Too Large"
            return int.Parse(line.ToString().Split(' ')[1], CultureInfo.InvariantCulture);
        }
        finally
        {
            await answered.CancelAsync();
        }
    }
}
