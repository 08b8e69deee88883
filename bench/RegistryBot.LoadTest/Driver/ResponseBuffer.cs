using System.Text;

namespace RegistryBot.LoadTest.Driver;

/// <summary>A user's reusable buffer for the bot's answers; it grows to the largest card and stays there.</summary>
public sealed class ResponseBuffer
{
    private byte[] _bytes = new byte[32 * 1024];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    public async Task FillAsync(Stream stream, CancellationToken cancellationToken)
    {
        Length = 0;
        while (true)
        {
            if (Length == _bytes.Length)
            {
                Array.Resize(ref _bytes, _bytes.Length * 2);
            }

            var read = await stream.ReadAsync(_bytes.AsMemory(Length), cancellationToken);
            if (read == 0)
            {
                return;
            }

            Length += read;
        }
    }

    public string Excerpt(int maxChars = 300)
    {
        var text = Encoding.UTF8.GetString(Span[..Math.Min(Length, maxChars * 2)]);
        return text.Length <= maxChars ? text : text[..maxChars] + "…";
    }
}
