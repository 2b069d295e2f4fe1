using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Media;

/// <summary>Why an upload was refused; <see cref="None"/> when it succeeded.</summary>
public enum ImageUploadProblem
{
    None,
    NoFile,
    MissingAltText,
    AltTextTooLong,
    TooLarge,
    TooManyPixels,
    Unsupported,
    Corrupt,
}

/// <summary>
/// What <see cref="ImageUploadService"/> made of an upload: the new images (not saved yet), or one German
/// message for staff. <see cref="ConcernsAltText"/> tells which form field the message belongs to.
/// </summary>
public sealed record ImageUploadResult
{
    private ImageUploadResult(IReadOnlyList<MediaImage> images, ImageUploadProblem problem, string? error)
    {
        Images = images;
        Problem = problem;
        Error = error;
    }

    /// <summary>The new images in upload order; empty on failure or when no file was sent.</summary>
    public IReadOnlyList<MediaImage> Images { get; }

    public ImageUploadProblem Problem { get; }

    /// <summary>The German message for staff, or null on success.</summary>
    public string? Error { get; }

    public bool Succeeded => Problem == ImageUploadProblem.None;

    /// <summary>The first (for single uploads: the only) new image.</summary>
    public MediaImage? Image => Images.Count > 0 ? Images[0] : null;

    /// <summary>True when the alt-text field, not the file, needs correcting.</summary>
    public bool ConcernsAltText => Problem is ImageUploadProblem.MissingAltText or ImageUploadProblem.AltTextTooLong;

    public static ImageUploadResult Success(IReadOnlyList<MediaImage> images) => new(images, ImageUploadProblem.None, null);

    public static ImageUploadResult Failure(ImageUploadProblem problem, string message) => new([], problem, message);

    /// <summary>A refusal with its German message, worded with the configured limits.</summary>
    public static ImageUploadResult Refused(ImageUploadProblem problem, MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Failure(problem, problem switch
        {
            ImageUploadProblem.NoFile => "Bitte wählen Sie eine Bilddatei aus.",
            ImageUploadProblem.MissingAltText => "Bitte beschreiben Sie im Alternativtext, was auf dem Bild zu sehen ist.",
            ImageUploadProblem.AltTextTooLong => $"Der Alternativtext darf höchstens {ImageUploadService.AltTextMaxLength} Zeichen lang sein.",
            ImageUploadProblem.TooLarge => $"Die Datei ist größer als {options.MaxUploadSizeLabel}.",
            ImageUploadProblem.TooManyPixels => $"Das Bild ist zu groß: höchstens {options.MaxDimensionsLabel}.",
            ImageUploadProblem.Unsupported => $"Diese Datei ist kein unterstütztes Bild ({options.AcceptedFormatsLabel}).",
            _ => "Die Bilddatei ist beschädigt oder unvollständig.",
        });
    }
}
