using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SozialProduziert.Web.Services.Media;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Media;

/// <summary>
/// One row of <c>_GalleryEditor</c>, posted as <c>Gallery[i].MediaImageId</c>, <c>Gallery[i].AltText</c>,
/// <c>Gallery[i].SortOrder</c> and <c>Gallery[i].Remove</c>. The thumbnail is never bound from the form;
/// <see cref="GalleryEdits"/> fills it from the database.
/// </summary>
public sealed class GalleryItemInput : IValidatableObject
{
    public int MediaImageId { get; set; }

    [StringLength(ImageUploadService.AltTextMaxLength, ErrorMessage = "Der Alternativtext darf höchstens {1} Zeichen lang sein.")]
    public string? AltText { get; set; }

    [Range(0, 9999, ErrorMessage = "Die Reihenfolge ist eine Zahl von 0 bis 9999.")]
    public int SortOrder { get; set; }

    /// <summary>Takes the image out of this item's gallery; the image itself stays in the media library.</summary>
    public bool Remove { get; set; }

    [BindNever]
    public string? ThumbnailUrl { get; set; }

    [BindNever]
    public int ThumbnailWidth { get; set; }

    [BindNever]
    public int ThumbnailHeight { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Remove && string.IsNullOrWhiteSpace(AltText))
        {
            yield return new ValidationResult("Bitte beschreiben Sie im Alternativtext, was auf dem Bild zu sehen ist.", [nameof(AltText)]);
        }
    }
}
