namespace SozialProduziert.Web.Areas.Admin.ViewModels.PartnerArea;

/// <summary>
/// What impact figures are attached to: a Praxisbeispiel, or an inquiry brokered to its end. It names the firms and
/// Sozialbetriebe a figure on it may name, and where its pages are.
/// </summary>
public sealed record FigureSubject
{
    /// <summary>The example the figures belong to, or null for an inquiry's.</summary>
    public int? ExampleId { get; init; }

    /// <summary>The inquiry the figures belong to, or null for an example's.</summary>
    public int? InquiryId { get; init; }

    /// <summary>"Praxisbeispiel" with the example's title, or "Anfrage Nr. 7" with what was asked.</summary>
    public required string Title { get; init; }

    /// <summary>The subject's own admin page, e.g. /admin/praxisbeispiele/5 or /admin/anfragen/7.</summary>
    public required string Path { get; init; }

    public required string ListLabel { get; init; }

    public required string ListPath { get; init; }

    /// <summary>The admin navigation section the pages belong to.</summary>
    public required string Section { get; init; }

    public required IReadOnlyList<OptionViewModelPair> Partners { get; init; }

    public required IReadOnlyList<OptionViewModelPair> SocialEnterprises { get; init; }

    /// <summary>Why no new figure can be added yet (an inquiry still being brokered); null when it can.</summary>
    public string? ClosedReason { get; init; }

    /// <summary>A value to start the form of a new figure with, e.g. the order value from the requester's follow-up answer.</summary>
    public ImpactFigureInput? Suggestion { get; init; }

    public string FiguresPath => Path + "/kennzahlen";
}
