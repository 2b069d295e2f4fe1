using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Downloads;

/// <summary>The text fields of a download; the file itself is posted beside them and checked by PdfUpload.</summary>
public sealed class DownloadInput : ContentInput
{
    [Required(ErrorMessage = "Bitte geben Sie einen Titel ein.")]
    [StringLength(200, ErrorMessage = "Der Titel darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Titel")]
    public string Title { get; set; } = "";

    [StringLength(500, ErrorMessage = "Die Beschreibung darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Beschreibung")]
    public string? Description { get; set; }

    public static DownloadInput From(Download download)
    {
        ArgumentNullException.ThrowIfNull(download);
        var input = new DownloadInput { Title = download.Title, Description = download.Description };
        input.ReadPublishingFrom(download);
        return input;
    }

    public void ApplyTo(Download download, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(download);
        download.Title = Title.Trim();
        download.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        download.Slug = SlugOr(Title);
        ApplyPublishingTo(download, utcNow);
    }
}
