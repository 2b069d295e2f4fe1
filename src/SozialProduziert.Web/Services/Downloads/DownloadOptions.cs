using System.Globalization;

namespace SozialProduziert.Web.Services.Downloads;

/// <summary>Section "Downloads": how large a document staff may upload.</summary>
public sealed class DownloadOptions
{
    public const string Section = "Downloads";

    public const long Megabyte = 1024 * 1024;

    /// <summary>Room for the form's other fields (title, description …) on top of the file in one request.</summary>
    public const long FormAllowanceBytes = Megabyte;

    private static readonly CultureInfo Austrian = CultureInfo.GetCultureInfo("de-AT");

    /// <summary>Largest file, checked from its declared length before a byte of it is read.</summary>
    public long MaxBytes { get; set; } = 25 * Megabyte;

    /// <summary>Largest request body of the upload form; anything larger is refused with 413 before it is read.</summary>
    public long MaxRequestBytes => MaxBytes + FormAllowanceBytes;

    /// <summary>The limit as staff read it: "25 MB", "1,5 MB", "1.024 Byte".</summary>
    public string MaxSizeLabel => FormatSize(MaxBytes);

    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString("N0", Austrian)} Byte",
        < Megabyte => $"{(bytes / 1024d).ToString("0.#", Austrian)} kB",
        _ => $"{(bytes / (double)Megabyte).ToString("0.#", Austrian)} MB",
    };

    public bool IsValid() => MaxBytes > 0;
}
