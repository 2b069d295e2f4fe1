using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Areas.Admin.ViewModels.Forms;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.ReferenceLists;

public sealed class QualityMarkInput
{
    public int Id { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie einen Namen ein.")]
    [StringLength(100, ErrorMessage = "Der Name darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(100, ErrorMessage = "Die Adresse darf höchstens {1} Zeichen lang sein.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Die Adresse darf nur Kleinbuchstaben a–z, Ziffern und Bindestriche enthalten.")]
    [Display(Name = "Adresse (Slug)")]
    public string? Slug { get; set; }

    [StringLength(500, ErrorMessage = "Die Beschreibung darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Beschreibung")]
    public string? Description { get; set; }

    [StringLength(500, ErrorMessage = "Die Website-Adresse darf höchstens {1} Zeichen lang sein.")]
    [WebAddress]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    public string SlugOrFromName() => ReferenceSlug.Or(Slug, Name);

    public static QualityMarkInput From(QualityMark mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        return new QualityMarkInput { Id = mark.Id, Name = mark.Name, Slug = mark.Slug, Description = mark.Description, Website = mark.Website };
    }

    public void ApplyTo(QualityMark mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        mark.Name = Name.Trim();
        mark.Slug = SlugOrFromName();
        mark.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        mark.Website = WebAddressAttribute.Normalize(Website);
    }
}
