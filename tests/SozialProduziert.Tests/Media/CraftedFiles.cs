using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;
using SixLabors.ImageSharp.PixelFormats;

namespace SozialProduziert.Tests.Media;

/// <summary>Files made in the test, good and hostile, so no binary fixture has to be trusted or kept.</summary>
internal static class CraftedFiles
{
    /// <summary>A JPEG with gradients and noise (so encoders have real work); left half reddish, right half bluish.</summary>
    public static byte[] Jpeg(int width, int height, Action<Image<Rgba32>>? decorate = null)
    {
        using var image = Picture(width, height);
        decorate?.Invoke(image);
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }

    public static Image<Rgba32> Picture(int width, int height)
    {
        var image = new Image<Rgba32>(width, height);
        var random = new Random(42);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var noise = random.Next(24);
                    row[x] = x < width / 2
                        ? new Rgba32((byte)(200 + noise), (byte)(40 + (y * 60 / height)), (byte)(30 + noise))
                        : new Rgba32((byte)(30 + noise), (byte)(60 + (y * 60 / height)), (byte)(200 + noise));
                }
            }
        });
        return image;
    }

    /// <summary>A photo as a phone writes it: GPS position, camera, "rotate 90° clockwise to display", plus XMP.</summary>
    public static byte[] PhoneJpeg(int width, int height) => Jpeg(width, height, image =>
    {
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Orientation, (ushort)6);
        exif.SetValue(ExifTag.Make, "Testphone");
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(48, 1), new Rational(12, 1), new Rational(30, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(16, 1), new Rational(22, 1), new Rational(20, 1)]);
        image.Metadata.ExifProfile = exif;
        image.Metadata.XmpProfile = new XmpProfile(Encoding.UTF8.GetBytes(
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:creator=\"Geheime Person\"/></rdf:RDF></x:xmpmeta>"));
    });

    public static byte[] TruncatedJpeg() => Jpeg(800, 600)[..20_000];

    /// <summary>A well-formed PNG (valid CRCs, IDAT, IEND) whose header declares <paramref name="width"/> × <paramref name="height"/> RGBA pixels.</summary>
    public static byte[] PngDeclaring(int width, int height)
    {
        using var stream = new MemoryStream();
        stream.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA
        WriteChunk(stream, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zlib.Write(new byte[64 * 1024]);
            }

            WriteChunk(stream, "IDAT", compressed.ToArray());
        }

        WriteChunk(stream, "IEND", []);
        return stream.ToArray();
    }

    /// <summary>Little-endian TIFF header and one empty directory: enough for any TIFF decoder to start.</summary>
    public static byte[] Tiff() => [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];

    public static byte[] Text() => Encoding.UTF8.GetBytes("Das ist kein Foto, nur ein Einkaufszettel: Milch, Brot, Äpfel.");

    /// <summary>A valid JPEG with a ZIP archive appended: image viewers show the photo, unzip finds the file.</summary>
    public static byte[] JpegZipPolyglot()
    {
        using var stream = new MemoryStream();
        stream.Write(Jpeg(1200, 800));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("payload.txt").Open();
            entry.Write(Encoding.UTF8.GetBytes("Was hier drin steht, darf nie ausgeliefert werden."));
        }

        return stream.ToArray();
    }

    /// <summary>Starts like a JPEG and is <paramref name="bytes"/> long.</summary>
    public static byte[] Oversized(int bytes)
    {
        var data = new byte[bytes];
        data[0] = 0xFF;
        data[1] = 0xD8;
        data[2] = 0xFF;
        return data;
    }

    public static byte[] TransparentPng(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(0, 0, 0, 0));
        image.ProcessPixelRows(rows => rows.GetRowSpan(height / 2)[width / 2] = new Rgba32(0, 128, 0, 255));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream, new PngEncoder { ColorType = PngColorType.RgbWithAlpha });
        return stream.ToArray();
    }

    /// <summary>A two-frame GIF: the first frame red, the second blue.</summary>
    public static byte[] AnimatedGif()
    {
        using var image = new Image<Rgba32>(64, 48, new Rgba32(255, 0, 0, 255));
        using var second = new Image<Rgba32>(64, 48, new Rgba32(0, 0, 255, 255));
        image.Frames.AddFrame(second.Frames.RootFrame);
        using var stream = new MemoryStream();
        image.SaveAsGif(stream);
        return stream.ToArray();
    }

    public static bool Contains(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        var typeAndData = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type).CopyTo(typeAndData, 0);
        data.CopyTo(typeAndData, 4);
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        stream.Write(number);
        stream.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        stream.Write(number);
    }

    /// <summary>The CRC-32 PNG chunks carry (ISO 3309), over type and data.</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
