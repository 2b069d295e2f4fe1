using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Areas.Admin.ViewModels.Forms;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Matching;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Inquiries;

/// <summary>One inquiry for staff: what was asked, by whom, its brokering state, notes, assignments and suggestions.</summary>
public sealed class InquiryDetailViewModel
{
    public required InquirySummary Inquiry { get; init; }

    public string? DistrictName { get; init; }

    /// <summary>Link to the Sozialbetrieb or offer asked about, while it still exists.</summary>
    public string? TargetUrl { get; init; }

    public required IReadOnlyList<AssignmentRow> Assignments { get; init; }

    public required IReadOnlyList<MatchSuggestion> Suggestions { get; init; }

    /// <summary>Every Sozialbetrieb not in the Papierkorb, for assigning one that no suggestion names.</summary>
    public required IReadOnlyList<IdChoice> Enterprises { get; init; }

    public NoteInput Note { get; init; } = new();

    public IReadOnlyList<InquiryStatus> NextStatuses => InquiryStatusFlow.Next(Inquiry.Status);

    public string Heading => InquiryLabels.Heading(Inquiry.Id, Inquiry.Kind, Inquiry.NeedKind, Inquiry.Topic);
}

/// <summary>The stored inquiry as staff read it (never the entity itself in a view).</summary>
public sealed record InquirySummary(int Id, InquiryKind Kind, OutputType? NeedKind, string? Topic, string Description, string? Quantity, string? Frequency,
    DateOnly? Deadline, string? Organisation, string ContactPerson, string Email, string? Phone, DateTime ReceivedAt, InquiryStatus Status,
    DateTime StatusChangedAt, DateTime? FollowUpSentAt, DateTime? FollowUpAnsweredAt, OrderOutcome? OrderOutcome, decimal? OrderValueEuro,
    DateTime? AnonymisedAt, IReadOnlyList<NoteRow> Notes)
{
    public static InquirySummary From(Inquiry i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new(i.Id, i.Kind, i.NeedKind, i.Topic, i.Description, i.Quantity, i.Frequency, i.Deadline, i.Organisation, i.ContactPerson, i.Email, i.Phone,
            i.ReceivedAt, i.Status, i.StatusChangedAt, i.FollowUpSentAt, i.FollowUpAnsweredAt, i.OrderOutcome, i.OrderValueEuro, i.AnonymisedAt,
            i.Notes.OrderBy(n => n.At).ThenBy(n => n.Id).Select(n => new NoteRow(n.At, n.Author, n.Text)).ToList());
    }
}

public sealed record NoteRow(DateTime At, string Author, string Text);

public sealed record AssignmentRow(int SocialEnterpriseId, string Name, string Slug, bool IsDeleted, DateTime AssignedAt, string AssignedBy);

public sealed class NoteInput
{
    [Required(ErrorMessage = "Bitte schreiben Sie eine Notiz.")]
    [StringLength(4000, ErrorMessage = "Die Notiz darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Neue Notiz")]
    public string Text { get; set; } = "";
}
