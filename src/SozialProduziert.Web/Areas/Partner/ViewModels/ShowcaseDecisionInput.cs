using System.ComponentModel.DataAnnotations;

namespace SozialProduziert.Web.Areas.PartnerArea.ViewModels;

/// <summary>Approving the showcase page or asking for changes; <see cref="Hash"/> names the version the firm saw.</summary>
public sealed class ShowcaseDecisionInput
{
    [Required]
    [StringLength(64, MinimumLength = 64)]
    public string Hash { get; set; } = "";

    [StringLength(4000, ErrorMessage = "Ihr Kommentar darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Ihre Änderungswünsche")]
    public string? Comment { get; set; }
}
