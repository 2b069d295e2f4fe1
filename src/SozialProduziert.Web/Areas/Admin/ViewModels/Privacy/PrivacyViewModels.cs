using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Services.Privacy;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Privacy;

/// <summary>The address of the person who asks; posted, never in a URL, so it stays out of logs and browser history.</summary>
public sealed class PrivacyRequestInput
{
    [Required(ErrorMessage = "Bitte geben Sie die E-Mail-Adresse der Person ein.")]
    [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
    [StringLength(254)]
    [Display(Name = "E-Mail-Adresse der Person")]
    public string Email { get; set; } = "";

    /// <summary>The tick box of the erasure confirmation.</summary>
    public bool Confirmed { get; set; }
}

public sealed class PrivacyPageViewModel
{
    public required PrivacyRequestInput Input { get; init; }

    /// <summary>Null before a search.</summary>
    public IReadOnlyList<PersonalDataSection>? Sections { get; init; }

    public IReadOnlyList<EarlierErasure> EarlierErasures { get; init; } = [];

    public required IReadOnlyList<string> StoreNames { get; init; }

    public int RetentionMonths { get; init; }

    public int RecordCount => Sections?.Sum(s => s.Records.Count) ?? 0;
}

public sealed class PrivacyReportViewModel
{
    public required string Email { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required IReadOnlyList<PersonalDataSection> Sections { get; init; }
}
