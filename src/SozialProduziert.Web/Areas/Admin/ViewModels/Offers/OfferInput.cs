using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Areas.Admin.ViewModels.Media;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Offers;

/// <summary>The offer form. Selects are nullable so an empty choice gets a German "please choose" message.</summary>
public sealed class OfferInput : ContentInput
{
    [Required(ErrorMessage = "Bitte wählen Sie den Sozialbetrieb, der das Angebot macht.")]
    [Display(Name = "Sozialbetrieb")]
    public int? SocialEnterpriseId { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie, ob es ein Produkt oder eine Dienstleistung ist.")]
    [EnumDataType(typeof(OfferKind), ErrorMessage = "Bitte wählen Sie Produkt oder Dienstleistung.")]
    [Display(Name = "Art")]
    public OfferKind? Kind { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie einen Titel ein.")]
    [StringLength(200, ErrorMessage = "Der Titel darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Titel")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Bitte beschreiben Sie das Angebot.")]
    [StringLength(100_000, ErrorMessage = "Die Beschreibung darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Beschreibung (Markdown)")]
    public string DescriptionMarkdown { get; set; } = "";

    [Required(ErrorMessage = "Bitte wählen Sie das Arbeitsfeld.")]
    [Display(Name = "Arbeitsfeld")]
    public int? FieldOfWorkId { get; set; }

    [StringLength(200, ErrorMessage = "Der Richtpreis darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Richtpreis")]
    public string? IndicativePrice { get; set; }

    [StringLength(200, ErrorMessage = "Die Lieferzeit darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Lieferzeit")]
    public string? LeadTime { get; set; }

    [StringLength(200, ErrorMessage = "Die Mindestmenge darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Mindestmenge")]
    public string? MinimumQuantity { get; set; }

    /// <summary>The rows of <c>_GalleryEditor</c>: alt texts, order and remove ticks of the stored images.</summary>
    public List<GalleryItemInput> Gallery { get; set; } = [];

    /// <summary>Files of <c>_ImageUploadField</c>; they join the gallery behind the stored images.</summary>
    public List<IFormFile> NewImages { get; set; } = [];

    public string? NewImagesAltText { get; set; }

    public static OfferInput From(Offer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var input = new OfferInput
        {
            SocialEnterpriseId = offer.SocialEnterpriseId,
            Kind = offer.Kind,
            Title = offer.Title,
            DescriptionMarkdown = offer.DescriptionMarkdown,
            FieldOfWorkId = offer.FieldOfWorkId,
            IndicativePrice = offer.IndicativePrice,
            LeadTime = offer.LeadTime,
            MinimumQuantity = offer.MinimumQuantity,
        };
        input.ReadPublishingFrom(offer);
        return input;
    }

    public void ApplyTo(Offer offer, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(offer);
        offer.SocialEnterpriseId = SocialEnterpriseId ?? offer.SocialEnterpriseId;
        offer.Kind = Kind ?? offer.Kind;
        offer.Title = Title.Trim();
        offer.DescriptionMarkdown = DescriptionMarkdown;
        offer.FieldOfWorkId = FieldOfWorkId ?? offer.FieldOfWorkId;
        offer.IndicativePrice = OrNull(IndicativePrice);
        offer.LeadTime = OrNull(LeadTime);
        offer.MinimumQuantity = OrNull(MinimumQuantity);
        offer.Slug = SlugOr(Title);
        ApplyPublishingTo(offer, utcNow);
    }

    private static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
