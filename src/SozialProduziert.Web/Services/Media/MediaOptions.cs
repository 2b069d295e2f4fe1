namespace SozialProduziert.Web.Services.Media;

/// <summary>
/// Section "Media": the limits of image uploads and the fixed set of stored widths. The defaults are the
/// product decisions (issue 3); configuration may tighten or move them, never enable another format.
/// </summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    public const long Megabyte = 1024 * 1024;

    private static readonly int[] DefaultWidths = [480, 960, 1600];

    /// <summary>de-DE rather than de-AT: ICU groups Austrian thousands with a space, staff expect "10.000".</summary>
    private static readonly System.Globalization.CultureInfo German = System.Globalization.CultureInfo.GetCultureInfo("de-DE");

    /// <summary>Largest single image file; checked from its declared length before a byte of it is read.</summary>
    public long MaxUploadBytes { get; set; } = 15 * Megabyte;

    /// <summary>
    /// Largest request body of an upload form (several images plus the other fields). Larger bodies are refused
    /// with 413 before they are read. Kept above <see cref="MaxUploadBytes"/>, so one oversized file is explained
    /// on the form itself instead of losing everything typed.
    /// </summary>
    public long MaxRequestBytes { get; set; } = 64 * Megabyte;

    /// <summary>Most pixels an image may declare; checked from its header, before any pixel buffer exists.</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>Longest side an image may declare, in pixels.</summary>
    public int MaxSide { get; set; } = 10_000;

    /// <summary>Images decoded at the same time; each may need up to MaxPixels × 4 bytes of memory.</summary>
    public int MaxConcurrentDecodes { get; set; } = 2;

    /// <summary>
    /// Widths (px) of the stored variants. Empty means 480, 960, 1600. Set the whole list in configuration;
    /// a list with defaults would be appended to by the configuration binder, hence the empty default.
    /// </summary>
    public int[] Widths { get; set; } = [];

    /// <summary>A subset of jpeg, png, webp, gif (empty: all four). Other names are ignored: no other decoder exists.</summary>
    public string[] AllowedFormats { get; set; } = [];

    /// <summary>The widths actually produced, ascending.</summary>
    public IReadOnlyList<int> VariantWidths => Widths.Length == 0 ? DefaultWidths : [.. Widths.Distinct().Order()];

    /// <summary>The formats actually accepted, in the order staff read them.</summary>
    public IReadOnlyList<ImageFileFormat> AcceptedFormats =>
        AllowedFormats.Length == 0
            ? Enum.GetValues<ImageFileFormat>()
            : [.. Enum.GetValues<ImageFileFormat>().Where(f => AllowedFormats.Contains(f.ToString(), StringComparer.OrdinalIgnoreCase))];

    /// <summary>"15 MB" as staff read it.</summary>
    public string MaxUploadSizeLabel => string.Create(German, $"{MaxUploadBytes / (double)Megabyte:0.#} MB");

    /// <summary>"40 Megapixel bzw. 10.000 Pixel pro Seite" as staff read it.</summary>
    public string MaxDimensionsLabel => string.Create(German, $"{MaxPixels / 1_000_000d:0.#} Megapixel bzw. {MaxSide:N0} Pixel pro Seite");

    /// <summary>"JPEG, PNG, WebP oder GIF" as staff read it.</summary>
    public string AcceptedFormatsLabel
    {
        get
        {
            var names = AcceptedFormats.Select(f => f == ImageFileFormat.WebP ? "WebP" : f.ToString().ToUpperInvariant()).ToList();
            return names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} oder {names[^1]}";
        }
    }

    public bool IsValid() =>
        MaxUploadBytes > 0 && MaxRequestBytes >= MaxUploadBytes && MaxPixels > 0 && MaxSide > 0 && MaxConcurrentDecodes > 0
        && VariantWidths.All(w => w is > 0 and <= 10_000) && AcceptedFormats.Count > 0;
}
