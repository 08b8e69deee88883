using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace RegistryBot.Tests.Manifest;

/// <summary>
/// A PNG decoded far enough to check its pixels: non-interlaced 8-bit RGBA only, which is what the icons are drawn as
/// (https://www.w3.org/TR/png-3/).
/// </summary>
internal sealed class PngImage
{
    private const int BytesPerPixel = 4;
    private const byte ColorTypeRgba = 6;
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _pixels;

    private PngImage(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var at = ((y * Width) + x) * BytesPerPixel;
            return (_pixels[at], _pixels[at + 1], _pixels[at + 2], _pixels[at + 3]);
        }
    }

    /// <summary>Width and height from the IHDR chunk, which every PNG has first: bytes 16 to 23 of the file.</summary>
    public static (int Width, int Height) ReadSize(byte[] png)
    {
        CheckSignature(png);
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    public static PngImage Decode(byte[] png)
    {
        var (width, height) = ReadSize(png);
        var (bitDepth, colorType, interlace) = (png[24], png[25], png[28]);
        if (bitDepth != 8 || colorType != ColorTypeRgba || interlace != 0)
        {
            throw new NotSupportedException(
                $"Only non-interlaced 8-bit RGBA is decoded; this PNG has bit depth {bitDepth}, colour type {colorType}, interlace {interlace}.");
        }

        return new PngImage(width, height, Unfilter(Inflate(ImageData(png)), width, height));
    }

    private static void CheckSignature(byte[] png)
    {
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(Signature) || Encoding.ASCII.GetString(png, 12, 4) != "IHDR")
        {
            throw new InvalidDataException("Not a PNG file.");
        }
    }

    private static byte[] ImageData(byte[] png)
    {
        using var data = new MemoryStream();
        for (var at = Signature.Length; at + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at, 4));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "IDAT")
            {
                data.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        return data.ToArray();
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return raw.ToArray();
    }

    private static byte[] Unfilter(byte[] raw, int width, int height)
    {
        var stride = width * BytesPerPixel;
        if (raw.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"Expected {height * (stride + 1)} bytes of image data, found {raw.Length}.");
        }

        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                var value = raw[(y * (stride + 1)) + 1 + i];
                var left = i >= BytesPerPixel ? pixels[(y * stride) + i - BytesPerPixel] : 0;
                var up = y > 0 ? pixels[((y - 1) * stride) + i] : 0;
                var upLeft = y > 0 && i >= BytesPerPixel ? pixels[((y - 1) * stride) + i - BytesPerPixel] : 0;
                pixels[(y * stride) + i] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown filter type {filter} on row {y}."),
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var (toLeft, toUp, toUpLeft) = (Math.Abs(estimate - left), Math.Abs(estimate - up), Math.Abs(estimate - upLeft));
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
