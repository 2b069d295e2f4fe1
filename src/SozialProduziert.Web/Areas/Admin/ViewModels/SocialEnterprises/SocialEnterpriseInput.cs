using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Areas.Admin.ViewModels.Forms;
using SozialProduziert.Web.Areas.Admin.ViewModels.Media;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.SocialEnterprises;

/// <summary>The Sozialbetrieb form. Selects are nullable so an empty choice gets a German "please choose" message.</summary>
public sealed class SocialEnterpriseInput : ContentInput, ILogoInput
{
    [Required(ErrorMessage = "Bitte geben Sie den Namen des Sozialbetriebs ein.")]
    [StringLength(200, ErrorMessage = "Der Name darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Bitte geben Sie einen kurzen Einleitungstext ein.")]
    [StringLength(500, ErrorMessage = "Der Einleitungstext darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Einleitung")]
    public string Teaser { get; set; } = "";

    [Required(ErrorMessage = "Bitte beschreiben Sie den Sozialbetrieb.")]
    [StringLength(100_000, ErrorMessage = "Die Beschreibung darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Beschreibung (Markdown)")]
    public string ProfileMarkdown { get; set; } = "";

    [Required(ErrorMessage = "Bitte wählen Sie die Betriebsform.")]
    [EnumDataType(typeof(LabourMarketSegment), ErrorMessage = "Bitte wählen Sie eine der angebotenen Betriebsformen.")]
    [Display(Name = "Betriebsform")]
    public LabourMarketSegment? Segment { get; set; }

    [StringLength(100, ErrorMessage = "Die Rechtsform darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Rechtsform")]
    public string? LegalForm { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie den Bezirk.")]
    [Display(Name = "Bezirk")]
    public int? DistrictId { get; set; }

    [StringLength(200, ErrorMessage = "Die Straße darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Straße und Hausnummer")]
    public string? Street { get; set; }

    [RegularExpression("^[1-9][0-9]{3}$", ErrorMessage = "Bitte geben Sie eine österreichische Postleitzahl mit vier Ziffern ein, z. B. 3100.")]
    [Display(Name = "Postleitzahl")]
    public string? PostalCode { get; set; }

    [StringLength(100, ErrorMessage = "Der Ort darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Ort")]
    public string? Town { get; set; }

    [StringLength(200, ErrorMessage = "Die Ansprechperson darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Ansprechperson")]
    public string? ContactPerson { get; set; }

    [StringLength(50, ErrorMessage = "Die Telefonnummer darf höchstens {1} Zeichen lang sein.")]
    [PhoneNumber]
    [Display(Name = "Telefon")]
    public string? Phone { get; set; }

    [StringLength(254, ErrorMessage = "Die E-Mail-Adresse darf höchstens {1} Zeichen lang sein.")]
    [MailAddress]
    [Display(Name = "E-Mail")]
    public string? Email { get; set; }

    [StringLength(500, ErrorMessage = "Die Website-Adresse darf höchstens {1} Zeichen lang sein.")]
    [WebAddress]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    /// <summary>A new logo (one file of <c>_LogoField</c>); it replaces the stored one.</summary>
    public List<IFormFile> NewImages { get; set; } = [];

    public string? NewImagesAltText { get; set; }

    /// <summary>"Logo entfernen": the image leaves this item and stays in the media library.</summary>
    public bool RemoveLogo { get; set; }

    [Display(Name = "Arbeitsfelder")]
    public List<int> FieldOfWorkIds { get; set; } = [];

    [Display(Name = "Gütesiegel")]
    public List<int> QualityMarkIds { get; set; } = [];

    public static SocialEnterpriseInput From(SocialEnterprise enterprise)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        var input = new SocialEnterpriseInput
        {
            Name = enterprise.Name,
            Teaser = enterprise.Teaser,
            ProfileMarkdown = enterprise.ProfileMarkdown,
            Segment = enterprise.Segment,
            LegalForm = enterprise.LegalForm,
            DistrictId = enterprise.DistrictId,
            Street = enterprise.Street,
            PostalCode = enterprise.PostalCode,
            Town = enterprise.Town,
            ContactPerson = enterprise.ContactPerson,
            Phone = enterprise.Phone,
            Email = enterprise.Email,
            Website = enterprise.Website,
            FieldOfWorkIds = enterprise.FieldsOfWork.Select(f => f.Id).ToList(),
            QualityMarkIds = enterprise.QualityMarks.Select(q => q.Id).ToList(),
        };
        input.ReadPublishingFrom(enterprise);
        return input;
    }

    /// <summary>
    /// Copies the fields; <paramref name="fields"/> and <paramref name="marks"/> are the chosen reference items,
    /// tracked by the same context, and replace the enterprise's loaded relations.
    /// </summary>
    public void ApplyTo(SocialEnterprise enterprise, IReadOnlyCollection<FieldOfWork> fields, IReadOnlyCollection<QualityMark> marks, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(marks);
        enterprise.Name = Name.Trim();
        enterprise.Teaser = Teaser.Trim();
        enterprise.ProfileMarkdown = ProfileMarkdown;
        enterprise.Segment = Segment ?? enterprise.Segment;
        enterprise.LegalForm = OrNull(LegalForm);
        enterprise.DistrictId = DistrictId ?? enterprise.DistrictId;
        enterprise.Street = OrNull(Street);
        enterprise.PostalCode = OrNull(PostalCode);
        enterprise.Town = OrNull(Town);
        enterprise.ContactPerson = OrNull(ContactPerson);
        enterprise.Phone = OrNull(Phone);
        enterprise.Email = OrNull(Email);
        enterprise.Website = WebAddressAttribute.Normalize(Website);
        enterprise.Slug = SlugOr(Name);
        Replace(enterprise.FieldsOfWork, fields);
        Replace(enterprise.QualityMarks, marks);
        ApplyPublishingTo(enterprise, utcNow);
    }

    private static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Removing and adding on the loaded collection lets EF write only the join rows that changed.
    private static void Replace<T>(List<T> current, IReadOnlyCollection<T> chosen)
    {
        current.RemoveAll(item => !chosen.Contains(item));
        current.AddRange(chosen.Where(item => !current.Contains(item)));
    }
}
