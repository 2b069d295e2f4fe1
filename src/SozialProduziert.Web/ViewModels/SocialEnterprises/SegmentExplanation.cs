using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.ViewModels.SocialEnterprises;

/// <summary>Plain-German explanations of the labour-market segments for visitors from business and administration.</summary>
public static class SegmentExplanation
{
    public static string Market(LabourMarketSegment segment) => segment.IsSecondLabourMarket()
        ? "Der zweite Arbeitsmarkt bietet Menschen, die länger arbeitslos waren oder am Arbeitsmarkt schwer Fuß fassen, befristete und geförderte Arbeitsplätze. Sie arbeiten unter realen Bedingungen, werden fachlich und sozialpädagogisch begleitet und auf eine reguläre Anstellung vorbereitet."
        : "Der dritte Arbeitsmarkt bietet Menschen mit Behinderungen, für die eine reguläre Anstellung (noch) nicht möglich ist, dauerhaft sinnvolle Beschäftigung – mit Begleitung und in einem Tempo, das zu ihnen passt.";

    public static string Segment(LabourMarketSegment segment) => segment switch
    {
        LabourMarketSegment.SocialEconomicEnterprise =>
            "Ein Sozialökonomischer Betrieb (SÖB) verkauft Produkte und Dienstleistungen am Markt und finanziert sich zum Teil über diese Erlöse, zum Teil über Förderungen des AMS.",
        LabourMarketSegment.NonProfitEmploymentProject =>
            "Ein Gemeinnütziges Beschäftigungsprojekt (GBP) schafft Transitarbeitsplätze mit gemeinnützigem Zweck und wird überwiegend vom AMS und der öffentlichen Hand gefördert.",
        LabourMarketSegment.Workshop =>
            "In einer Werkstätte arbeiten Menschen mit Behinderungen unter fachlicher Anleitung an echten Aufträgen – etwa in Holz, Textil, Montage oder Verpackung.",
        LabourMarketSegment.DayStructure =>
            "Eine Tagesstruktur gibt Menschen mit Behinderungen einen geregelten Tagesablauf mit Beschäftigung, die auf ihre Fähigkeiten abgestimmt ist.",
        _ => "",
    };

    public const string ForBuyers =
        "Für Auftraggeber heißt das: Sie erhalten Produkte und Dienstleistungen in verlässlicher Qualität – und jeder Auftrag schafft sinnvolle Arbeit für Menschen, die sie besonders brauchen.";
}
