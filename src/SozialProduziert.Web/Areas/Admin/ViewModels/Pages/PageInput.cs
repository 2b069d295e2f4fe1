using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Pages;

public sealed class PageInput : ContentInput
{
    [Required(ErrorMessage = "Bitte geben Sie einen Titel ein.")]
    [StringLength(200, ErrorMessage = "Der Titel darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Titel")]
    public string Title { get; set; } = "";

    [StringLength(500, ErrorMessage = "Die Kurzbeschreibung darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Kurzbeschreibung für Suchmaschinen")]
    public string? MetaDescription { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie einen Text ein.")]
    [StringLength(100_000, ErrorMessage = "Der Text darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Text (Markdown)")]
    public string BodyMarkdown { get; set; } = "";

    public static PageInput From(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var input = new PageInput { Title = page.Title, MetaDescription = page.MetaDescription, BodyMarkdown = page.BodyMarkdown };
        input.ReadPublishingFrom(page);
        return input;
    }

    public void ApplyTo(Page page, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Title = Title.Trim();
        page.MetaDescription = string.IsNullOrWhiteSpace(MetaDescription) ? null : MetaDescription.Trim();
        page.BodyMarkdown = BodyMarkdown;
        page.Slug = SlugOr(Title);
        ApplyPublishingTo(page, utcNow);
    }
}
