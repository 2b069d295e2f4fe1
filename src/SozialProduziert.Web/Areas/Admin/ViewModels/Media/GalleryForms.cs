using Microsoft.AspNetCore.Mvc.ModelBinding;
using SozialProduziert.Web.Services.Media;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Media;

/// <summary>The steps every edit form with image fields shares (examples and offers: galleries; Sozialbetriebe and partners: logos).</summary>
public static class GalleryForms
{
    /// <summary>
    /// The posted files, checked and encoded but not saved; a refusal lands on the upload field. A preview only
    /// re-renders the form (the files are lost anyway), so its files are not worth encoding.
    /// <paramref name="firstFileOnly"/> takes only the first file, for a logo.
    /// </summary>
    public static async Task<ImageUploadResult> UploadUnlessPreviewAsync(this ImageUploadService images, ModelStateDictionary modelState,
        IReadOnlyCollection<IFormFile> files, string? altText, string? preview, CancellationToken cancellationToken, bool firstFileOnly = false)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(modelState);
        if (preview is not null)
        {
            return ImageUploadResult.Success([]);
        }

        var chosen = firstFileOnly ? files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).Take(1).ToList() : files;
        var upload = await images.ProcessAllAsync(chosen, altText, cancellationToken);
        modelState.AddUploadError(upload);
        return upload;
    }

    /// <summary>A new item has no stored images whose rows could be edited: posted rows are dropped, and their errors with them.</summary>
    public static void IgnoreGalleryRows(this ModelStateDictionary modelState, List<GalleryItemInput> rows)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(rows);
        rows.Clear();
        foreach (var key in modelState.Keys.Where(k => k.StartsWith("Gallery", StringComparison.Ordinal)).ToList())
        {
            modelState.Remove(key);
        }
    }
}
