using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Areas.Admin.ViewModels.Forms;
using SozialProduziert.Web.Areas.Admin.ViewModels.Media;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Catalog;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Partners;

/// <summary>The form of a partner's showcase page ("virtuelle Auslage"). The logo is managed elsewhere and never bound here.</summary>
public sealed class PartnerInput : ContentInput, ILogoInput
{
    [Required(ErrorMessage = "Bitte geben Sie den Namen ein.")]
    [StringLength(200, ErrorMessage = "Der Name darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    /// <summary>
    /// The kind by its URL key ("unternehmen", "oeffentlich", "gemeinde"), bound as text so that an unknown value gets
    /// a German message (from the controller) instead of the framework's English enum-binding error.
    /// </summary>
    [Required(ErrorMessage = "Bitte wählen Sie die Art des Partners.")]
    [Display(Name = "Art")]
    public string Kind { get; set; } = PartnerKinds.UrlKey(PartnerKind.Company);

    public PartnerKind? KindValue => PartnerKinds.FromUrlKey(Kind);

    [StringLength(200, ErrorMessage = "Die Branche darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Branche")]
    public string? Sector { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie den Bezirk.")]
    [Display(Name = "Bezirk")]
    public int? DistrictId { get; set; }

    [StringLength(500, ErrorMessage = "Die Internetadresse darf höchstens {1} Zeichen lang sein.")]
    [WebAddress]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie einen Kurztext ein.")]
    [StringLength(500, ErrorMessage = "Der Kurztext darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Kurztext")]
    public string Teaser { get; set; } = "";

    [StringLength(100_000, ErrorMessage = "Der Text darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Auslage (Markdown)")]
    public string? ShowcaseMarkdown { get; set; }

    [Display(Name = "Programm")]
    public int? ProgrammeId { get; set; }

    /// <summary>A new logo (one file of <c>_LogoField</c>); it replaces the stored one.</summary>
    public List<IFormFile> NewImages { get; set; } = [];

    public string? NewImagesAltText { get; set; }

    /// <summary>"Logo entfernen": the image leaves this item and stays in the media library.</summary>
    public bool RemoveLogo { get; set; }

    public static PartnerInput From(Partner partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var input = new PartnerInput
        {
            Name = partner.Name,
            Kind = PartnerKinds.UrlKey(partner.Kind),
            Sector = partner.Sector,
            DistrictId = partner.DistrictId,
            Website = partner.Website,
            Teaser = partner.Teaser,
            ShowcaseMarkdown = partner.ShowcaseMarkdown,
            ProgrammeId = partner.ProgrammeId,
        };
        input.ReadPublishingFrom(partner);
        return input;
    }

    public void ApplyTo(Partner partner, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(partner);
        partner.Name = Name.Trim();
        partner.Kind = KindValue ?? throw new InvalidOperationException("A validated partner form has a known kind.");
        partner.Sector = string.IsNullOrWhiteSpace(Sector) ? null : Sector.Trim();
        partner.DistrictId = DistrictId ?? throw new InvalidOperationException("A validated partner form has a district.");
        partner.Website = WebAddressAttribute.Normalize(Website);
        partner.Teaser = Teaser.Trim();
        partner.ShowcaseMarkdown = ShowcaseMarkdown ?? "";
        partner.ProgrammeId = ProgrammeId;
        partner.Slug = SlugOr(Name);
        ApplyPublishingTo(partner, utcNow);
    }
}
