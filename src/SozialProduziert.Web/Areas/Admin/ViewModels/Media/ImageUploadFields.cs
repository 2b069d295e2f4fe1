using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Media;

/// <summary>
/// The form field names of <c>_ImageUploadField</c>. An edit form's input class declares them as
/// <c>public List&lt;IFormFile&gt; NewImages { get; set; } = [];</c> and <c>public string? NewImagesAltText { get; set; }</c>,
/// and puts a failed upload's message on the right field with <see cref="AddUploadError"/>.
/// </summary>
public static class ImageUploadFields
{
    public const string Files = "NewImages";

    public const string AltText = "NewImagesAltText";

    /// <summary>Adds the upload's German message to the alt-text or the file field, so _FormErrors links to it.</summary>
    public static void AddUploadError(this ModelStateDictionary modelState, Services.Media.ImageUploadResult upload)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(upload);
        if (!upload.Succeeded)
        {
            modelState.AddModelError(upload.ConcernsAltText ? AltText : Files, upload.Error!);
        }
    }
}

/// <summary>The model of <c>_ImageUploadField</c>: the alt text typed so far (kept when the form comes back with errors).</summary>
public sealed record ImageUploadFieldViewModel(string? AltText, bool Multiple = true, string Legend = "Neue Bilder hochladen")
{
    /// <summary>Whether a file must be chosen: yes for a form that only uploads (the media library), no where it is one field of many (a logo).</summary>
    public bool Required { get; init; } = !Multiple;

    /// <summary>
    /// True when files were posted but not saved (the form came back): staff are asked to choose them again.
    /// Null: shown whenever the form has errors.
    /// </summary>
    public bool? FilesDiscarded { get; init; }

    /// <summary>Whether a file was posted at all; a browser sends an empty part with an empty file name for an untouched field.</summary>
    public static bool AnyPosted(IEnumerable<IFormFile>? files) => files?.Any(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)) == true;
}
