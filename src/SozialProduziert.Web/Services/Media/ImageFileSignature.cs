using System.Buffers.Binary;

namespace SozialProduziert.Web.Services.Media;

/// <summary>
/// Reads an upload's own bytes, never its name or declared content type: which format its magic bytes say,
/// and whether its structure reaches the format's end marker. ImageSharp 2.1 decodes truncated files
/// silently (the missing part comes out grey), so completeness is checked here, before any decoder runs.
/// </summary>
public static class ImageFileSignature
{
    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> EndOfImage => [0xFF, 0xD9];

    /// <summary>The format the magic bytes announce, or null for anything else (TIFF, BMP, text, ZIP …).</summary>
    public static ImageFileFormat? Sniff(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        {
            return ImageFileFormat.Jpeg;
        }

        if (data.StartsWith(Png))
        {
            return ImageFileFormat.Png;
        }

        if (data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8))
        {
            return ImageFileFormat.Gif;
        }

        return data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8) ? ImageFileFormat.WebP : null;
    }

    /// <summary>True when the file's structure is whole up to its end marker; bytes after that are ignored (re-encoding drops them).</summary>
    public static bool IsComplete(ImageFileFormat format, ReadOnlySpan<byte> data) => format switch
    {
        ImageFileFormat.Jpeg => JpegIsComplete(data),
        ImageFileFormat.Png => PngIsComplete(data),
        ImageFileFormat.Gif => GifIsComplete(data),
        _ => data.Length >= 12 && (long)BinaryPrimitives.ReadUInt32LittleEndian(data[4..]) + 8 <= data.Length,
    };

    /// <summary>Walks the header segments to the first scan, then needs an end-of-image marker after it (entropy data cannot contain FF D9).</summary>
    private static bool JpegIsComplete(ReadOnlySpan<byte> data)
    {
        var position = 2;
        while (position + 4 <= data.Length)
        {
            if (data[position] != 0xFF)
            {
                return false;
            }

            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                position++; // fill byte
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                position += 2; // markers without a length
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..]);
            if (marker == 0xD9 || length < 2)
            {
                return false;
            }

            position += 2 + length;
            if (marker == 0xDA)
            {
                return position <= data.Length && data[position..].IndexOf(EndOfImage) >= 0;
            }
        }

        return false;
    }

    /// <summary>Walks the chunks (length, type, data, CRC) to IEND.</summary>
    private static bool PngIsComplete(ReadOnlySpan<byte> data)
    {
        long position = Png.Length;
        while (position + 12 <= data.Length)
        {
            var chunk = data[(int)position..];
            if (chunk[4..8].SequenceEqual("IEND"u8))
            {
                return true;
            }

            position += 12L + BinaryPrimitives.ReadUInt32BigEndian(chunk);
        }

        return false;
    }

    /// <summary>Walks the blocks (extensions and images, each a chain of sub-blocks) to the trailer byte 0x3B.</summary>
    private static bool GifIsComplete(ReadOnlySpan<byte> data)
    {
        var position = 13 + ColourTableLength(data, 10);
        while (position < data.Length)
        {
            switch (data[position])
            {
                case 0x3B:
                    return true;
                case 0x21:
                    position = SkipSubBlocks(data, position + 2);
                    break;
                case 0x2C:
                    position = SkipSubBlocks(data, position + 10 + ColourTableLength(data, position + 9) + 1);
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    private static int ColourTableLength(ReadOnlySpan<byte> data, int flagsAt) =>
        flagsAt < data.Length && (data[flagsAt] & 0x80) != 0 ? 3 << ((data[flagsAt] & 0x07) + 1) : 0;

    private static int SkipSubBlocks(ReadOnlySpan<byte> data, int position)
    {
        while (position < data.Length && data[position] != 0)
        {
            position += data[position] + 1;
        }

        return position + 1;
    }
}
