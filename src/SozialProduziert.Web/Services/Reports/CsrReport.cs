using SozialProduziert.Web.Domain.PartnerArea;

namespace SozialProduziert.Web.Services.Reports;

/// <summary>
/// The report section "Soziale Produktion" of one firm for one year, computed once; the HTML page, Markdown, Word,
/// CSV and JSON writers only format it, so every export shows the same numbers.
/// </summary>
public sealed record CsrReport(
    int PartnerId,
    string PartnerName,
    string PartnerKind,
    string District,
    string? ProgrammeName,
    int Year,
    DateTime GeneratedAt,
    IReadOnlyList<CsrActivity> Activities,
    IReadOnlyList<CsrEnterprise> SocialEnterprises,
    IReadOnlyList<CsrFigure> Figures,
    IReadOnlyList<CsrTotal> Totals,
    IReadOnlyList<CsrConsultingEntry> Consulting)
{
    public string MappingVersion => FrameworkMapping.Version;

    public IReadOnlyList<FrameworkReference> Mapping => FrameworkMapping.References;

    public int UnconfirmedCount => Figures.Count(f => !f.IsConfirmed);
}

public sealed record CsrActivity(string Title, string Url, string OutputType, string Period, string Teaser, IReadOnlyList<string> SocialEnterprises);

public sealed record CsrEnterprise(string Name, string Segment, bool SecondLabourMarket, string District);

/// <summary>A figure with both confirmations; <see cref="IsConfirmed"/> only when both sides confirmed it.</summary>
public sealed record CsrFigure(
    int Id,
    ImpactKind Kind,
    decimal Value,
    int Year,
    string Source,
    string MethodNote,
    string? Example,
    string SocialEnterprise,
    string? PartnerConfirmedBy,
    DateTime? PartnerConfirmedAt,
    string? EnterpriseConfirmedBy,
    DateTime? EnterpriseConfirmedAt)
{
    public string Label => Kind.Label();

    public string Unit => Kind.Unit();

    public bool IsConfirmed => PartnerConfirmedAt is not null && EnterpriseConfirmedAt is not null;

    /// <summary>The status in words, the same in every export.</summary>
    public string Status => IsConfirmed ? "bestätigt"
        : PartnerConfirmedAt is not null ? "unbestätigt (Bestätigung des Sozialbetriebs fehlt)"
        : EnterpriseConfirmedAt is not null ? "unbestätigt (Bestätigung des Unternehmens fehlt)"
        : "unbestätigt";
}

/// <summary>The sum of one kind: of all figures, and of the confirmed ones alone.</summary>
public sealed record CsrTotal(ImpactKind Kind, decimal Total, decimal ConfirmedTotal, int Count)
{
    public string Label => Kind.Label();

    public string Unit => Kind.Unit();
}

/// <summary>Consulting the firm received in the programme (filled from the consulting ledger).</summary>
public sealed record CsrConsultingEntry(DateOnly Date, string Kind, decimal Hours, string Topic);
