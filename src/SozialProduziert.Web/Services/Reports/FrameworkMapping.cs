namespace SozialProduziert.Web.Services.Reports;

/// <summary>The parts of the report section a framework disclosure can draw on.</summary>
public enum ReportElement
{
    Activities = 0,
    SocialEnterprises = 1,
    MaterialDiverted = 2,
    WorkHours = 3,
    PeopleEmployed = 4,
    OrderValue = 5,
    Consulting = 6,
}

/// <summary>One disclosure of a reporting framework and what this report section contributes to it.</summary>
public sealed record FrameworkReference(string Framework, string Code, string Title, string Edition, IReadOnlyList<ReportElement> Elements, string Contribution);

/// <summary>
/// The one place that says which framework disclosures the report section supports. It carries a version so that
/// a report names the mapping it followed, and it changes here alone when frameworks change; the simplified ESRS
/// announced by the Omnibus package will replace the ESRS rows and raise <see cref="Version"/>.
/// </summary>
public static class FrameworkMapping
{
    public const string Version = "2026.1";

    public const string EsrsEdition = "ESRS Set 1, Delegierte Verordnung (EU) 2023/2772";

    public const string Gri2016Procurement = "GRI 204: Beschaffungspraktiken 2016";

    public static IReadOnlyList<FrameworkReference> References { get; } =
    [
        new("GRI", "GRI 204-1", "Anteil an Ausgaben für lokale Lieferanten", Gri2016Procurement, [ReportElement.OrderValue],
            "Auftragswert an Sozialbetriebe in Niederösterreich. Den Anteil an den gesamten Beschaffungsausgaben ergänzt das Unternehmen aus der eigenen Buchhaltung; als „lokal“ gelten hier Lieferanten mit Sitz in Niederösterreich."),
        new("GRI", "GRI 306-4", "Von der Beseitigung umgeleiteter Abfall", "GRI 306: Abfall 2020", [ReportElement.MaterialDiverted],
            "Masse in kg, die Sozialbetriebe außerhalb des Standorts zur Wiederverwendung vorbereitet oder stofflich verwertet haben, statt sie zu entsorgen."),
        new("GRI", "GRI 413-1", "Betriebsstätten mit Einbindung der lokalen Gemeinschaft, Folgenabschätzungen und Förderprogrammen", "GRI 413: Lokale Gemeinschaften 2016",
            [ReportElement.Activities, ReportElement.SocialEnterprises, ReportElement.WorkHours],
            "Kooperationen mit regionalen Sozialbetrieben als Programm zur Einbindung der lokalen Gemeinschaft, mit den geleisteten Arbeitsstunden."),
        new("GRI", "GRI 414-1", "Neue Lieferanten, die anhand von sozialen Kriterien bewertet wurden", "GRI 414: Soziale Bewertung der Lieferanten 2016",
            [ReportElement.SocialEnterprises],
            "Sozialbetriebe sind durch ihren arbeitsmarktpolitischen Auftrag an soziale Kriterien gebunden. Ob ihre Auswahl als Bewertung im Sinne von 414-1 gilt, legt das berichtende Unternehmen fest."),
        new("ESRS", "G1-2", "Management der Beziehungen zu Lieferanten", EsrsEdition, [ReportElement.Activities, ReportElement.SocialEnterprises, ReportElement.OrderValue],
            "Beschreibt, wie soziale Kriterien bei der Auswahl von Lieferanten berücksichtigt werden: Vergabe an Sozialbetriebe und ihr Auftragswert."),
        new("ESRS", "S2-4", "Maßnahmen in Bezug auf Arbeitskräfte in der Wertschöpfungskette", EsrsEdition, [ReportElement.WorkHours, ReportElement.PeopleEmployed],
            "Aufträge schaffen Arbeit für Menschen im 2. und 3. Arbeitsmarkt in der vorgelagerten Wertschöpfungskette; Arbeitsstunden und beschäftigte Personen belegen die Wirkung."),
        new("ESRS", "S3-4 / S3-5", "Maßnahmen und Ziele in Bezug auf betroffene Gemeinschaften", EsrsEdition,
            [ReportElement.Activities, ReportElement.WorkHours, ReportElement.PeopleEmployed, ReportElement.Consulting],
            "Kooperationen mit Sozialbetrieben der Region als Maßnahme zugunsten der lokalen Gemeinschaft; die Kennzahlen eignen sich als Ausgangswert für Ziele nach S3-5."),
        new("ESRS", "E5-5", "Ressourcenabflüsse", EsrsEdition, [ReportElement.MaterialDiverted],
            "Masse der Reststoffe in kg, die durch Wiederverwendung und Upcycling nicht zu Abfall wurden (Abfall nach Verwertungsart)."),
        new("VSME", "B2", "Praktiken, Strategien und künftige Initiativen für den Übergang zu einer nachhaltigeren Wirtschaft", "VSME (EFRAG, Dezember 2024)",
            [ReportElement.Activities, ReportElement.Consulting],
            "Kurzbeschreibung der Zusammenarbeit mit Sozialbetrieben und der begleitenden Beratung als Praxis für eine nachhaltigere Wirtschaft."),
        new("VSME", "B7", "Ressourcennutzung, Kreislaufwirtschaft und Abfallmanagement", "VSME (EFRAG, Dezember 2024)", [ReportElement.MaterialDiverted],
            "Masse der Reststoffe, die dem Recycling oder der Wiederverwendung zugeführt wurde."),
        new("SDG", "SDG 8.5", "Produktive Vollbeschäftigung und menschenwürdige Arbeit für alle, auch für Menschen mit Behinderungen", "Agenda 2030 der Vereinten Nationen",
            [ReportElement.WorkHours, ReportElement.PeopleEmployed],
            "Arbeitsstunden und Beschäftigung von Menschen, die am ersten Arbeitsmarkt (noch) keinen Platz finden."),
        new("SDG", "SDG 12.5", "Abfallaufkommen durch Vermeidung, Verminderung, Wiederverwertung und Wiederverwendung deutlich verringern", "Agenda 2030 der Vereinten Nationen",
            [ReportElement.MaterialDiverted], "Vermiedener Abfall in kg."),
        new("SDG", "SDG 12.7", "Nachhaltige Verfahren der öffentlichen Beschaffung fördern", "Agenda 2030 der Vereinten Nationen", [ReportElement.OrderValue],
            "Für öffentliche Auftraggeber und Gemeinden: Auftragswert, der sozial verantwortlich an Sozialbetriebe vergeben wurde."),
        new("GWÖ", "A1", "Menschenwürde in der Zulieferkette", "Gemeinwohl-Matrix 5.0", [ReportElement.SocialEnterprises, ReportElement.WorkHours],
            "Beschaffung bei Sozialbetrieben, die Menschen mit erschwertem Zugang zum Arbeitsmarkt beschäftigen."),
        new("GWÖ", "A2", "Solidarität und Gerechtigkeit in der Zulieferkette", "Gemeinwohl-Matrix 5.0", [ReportElement.OrderValue, ReportElement.Activities],
            "Faire, langfristige Geschäftsbeziehungen mit regionalen Sozialbetrieben und ihr Auftragswert."),
        new("GWÖ", "A3", "Ökologische Nachhaltigkeit in der Zulieferkette", "Gemeinwohl-Matrix 5.0", [ReportElement.MaterialDiverted],
            "Kreislaufwirtschaft in der Zulieferkette: Reststoffe, die wiederverwendet statt entsorgt wurden."),
    ];

    public static string Label(this ReportElement element) => element switch
    {
        ReportElement.Activities => "Aktivitäten und Praxisbeispiele",
        ReportElement.SocialEnterprises => "Beteiligte Sozialbetriebe",
        ReportElement.MaterialDiverted => "Vermiedener Abfall (kg)",
        ReportElement.WorkHours => "Arbeitsstunden in Sozialbetrieben",
        ReportElement.PeopleEmployed => "Beschäftigte Personen",
        ReportElement.OrderValue => "Auftragswert (EUR)",
        ReportElement.Consulting => "Erhaltene Beratung",
        _ => throw new ArgumentOutOfRangeException(nameof(element)),
    };
}
