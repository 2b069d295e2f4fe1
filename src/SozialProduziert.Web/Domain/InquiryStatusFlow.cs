namespace SozialProduziert.Web.Domain;

/// <summary>
/// The brokering steps: Neu → In Vermittlung → Vermittelt → Abgeschlossen, or Abgelehnt. Staff may step back
/// one stage (a Sozialbetrieb drops out) and reopen a closed or declined inquiry.
/// </summary>
public static class InquiryStatusFlow
{
    public static IReadOnlyList<InquiryStatus> Next(InquiryStatus current) => current switch
    {
        InquiryStatus.New => [InquiryStatus.Brokering, InquiryStatus.Declined],
        InquiryStatus.Brokering => [InquiryStatus.Brokered, InquiryStatus.Closed, InquiryStatus.Declined, InquiryStatus.New],
        InquiryStatus.Brokered => [InquiryStatus.Closed, InquiryStatus.Brokering],
        InquiryStatus.Closed => [InquiryStatus.Brokering],
        InquiryStatus.Declined => [InquiryStatus.New],
        _ => [],
    };

    public static bool CanMove(InquiryStatus from, InquiryStatus to) => Next(from).Contains(to);

    /// <summary>Closed and declined inquiries are done; the inbox shows the others first.</summary>
    public static bool IsOpen(InquiryStatus status) => status is InquiryStatus.New or InquiryStatus.Brokering or InquiryStatus.Brokered;

    public static string Label(this InquiryStatus status) => status switch
    {
        InquiryStatus.New => "Neu",
        InquiryStatus.Brokering => "In Vermittlung",
        InquiryStatus.Brokered => "Vermittelt",
        InquiryStatus.Closed => "Abgeschlossen",
        InquiryStatus.Declined => "Abgelehnt",
        _ => status.ToString(),
    };

    /// <summary>The German word used in filter URLs (/admin/anfragen?status=in-vermittlung).</summary>
    public static string UrlKey(this InquiryStatus status) => status switch
    {
        InquiryStatus.New => "neu",
        InquiryStatus.Brokering => "in-vermittlung",
        InquiryStatus.Brokered => "vermittelt",
        InquiryStatus.Closed => "abgeschlossen",
        InquiryStatus.Declined => "abgelehnt",
        _ => status.ToString().ToLowerInvariant(),
    };
}
