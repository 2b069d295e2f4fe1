using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Areas.Admin.ViewModels.Forms;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.ViewModels.Inquiries;

/// <summary>The contact fields and the consent both public forms (Anfrage, Bedarf) share.</summary>
public abstract class ContactInput
{
    [StringLength(200, ErrorMessage = "Der Name der Organisation darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Unternehmen oder Organisation")]
    public string? Organisation { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie Ihren Namen an.")]
    [StringLength(200, ErrorMessage = "Der Name darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Ihr Name")]
    public string ContactPerson { get; set; } = "";

    [Required(ErrorMessage = "Bitte geben Sie Ihre E-Mail-Adresse an, damit wir antworten können.")]
    [StringLength(254, ErrorMessage = "Die E-Mail-Adresse darf höchstens {1} Zeichen lang sein.")]
    [MailAddress]
    [Display(Name = "E-Mail-Adresse")]
    public string Email { get; set; } = "";

    [StringLength(50, ErrorMessage = "Die Telefonnummer darf höchstens {1} Zeichen lang sein.")]
    [PhoneNumber]
    [Display(Name = "Telefon")]
    public string? Phone { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessage = "Bitte bestätigen Sie, dass wir Ihre Angaben für diese Anfrage verarbeiten dürfen.")]
    public bool Consent { get; set; }

    protected void ApplyContactTo(Inquiry inquiry)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        inquiry.Organisation = Trimmed(Organisation);
        inquiry.ContactPerson = ContactPerson.Trim();
        inquiry.Email = Email.Trim();
        inquiry.Phone = Trimmed(Phone);
    }

    protected static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
