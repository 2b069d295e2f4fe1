using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Web.Areas.PartnerArea.ViewModels;

/// <summary>The start page of <c>/mein-bereich</c>: the showcase and its review, the firm's examples, figures and reports.</summary>
public sealed class PartnerHomeViewModel
{
    public required string PartnerName { get; init; }

    public required string Slug { get; init; }

    public required PublishState State { get; init; }

    public required bool IsPublic { get; init; }

    public required ShowcaseReviewStatus Review { get; init; }

    public required IReadOnlyList<PartnerExampleRow> Examples { get; init; }

    public required int FigureCount { get; init; }

    public required int FiguresAwaitingUs { get; init; }

    public required IReadOnlyList<int> ReportYears { get; init; }

    public required IReadOnlyList<PartnerRegistrationView> Registrations { get; init; }

    public required IReadOnlyList<PartnerInquiryView> Inquiries { get; init; }

    public ShowcaseDecisionInput Decision { get; init; } = new();
}

public sealed record PartnerExampleRow(string Title, PublishState State, string? PublicUrl, int FigureCount);
