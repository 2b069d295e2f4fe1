using System.Globalization;

namespace SozialProduziert.Web.ViewModels.Downloads;

/// <summary>One document in the download list: what it is, and what the visitor is about to fetch.</summary>
public sealed class DownloadItemViewModel
{
    private static readonly CultureInfo Austrian = CultureInfo.GetCultureInfo("de-AT");

    public string Slug { get; init; } = "";

    public string Title { get; init; } = "";

    public string? Description { get; init; }

    public string FileName { get; init; } = "";

    public string ContentType { get; init; } = "";

    public long Length { get; init; }

    public string Url => $"/downloads/{Slug}";

    /// <summary>"PDF" for application/pdf; otherwise the file's extension in capitals, e.g. "DOCX".</summary>
    public string FileType =>
        ContentType.Equals("application/pdf", StringComparison.OrdinalIgnoreCase)
            ? "PDF"
            : Path.GetExtension(FileName).TrimStart('.').ToUpperInvariant() is { Length: > 0 } extension ? extension : "Datei";

    /// <summary>Size as file managers show it (1 kB = 1024 bytes), written the Austrian way: "850 kB", "2,4 MB".</summary>
    public string Size => FormatSize(Length);

    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString("N0", Austrian)} Byte",
        < 1024 * 1024 => $"{Math.Max(1, Math.Round(bytes / 1024d)).ToString("N0", Austrian)} kB",
        _ => $"{(bytes / (1024d * 1024d)).ToString("N1", Austrian)} MB",
    };
}
