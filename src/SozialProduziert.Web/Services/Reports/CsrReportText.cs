using System.Globalization;
using SozialProduziert.Web.Domain.PartnerArea;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Web.Services.Reports;

/// <summary>
/// The German wording of the report section and its number formats, shared by every writer so the HTML page,
/// Markdown and Word read alike.
/// </summary>
public static class CsrReportText
{
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-AT");

    public static string Title(CsrReport report) => $"Soziale Produktion {Year(report)}";

    public static string Subtitle(CsrReport report) => $"Berichtsteil für {report.PartnerName} · Berichtsjahr {Year(report)}";

    public static string Intro(CsrReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var programme = report.ProgrammeName is null ? "" : $" Das Unternehmen nimmt am Programm „{report.ProgrammeName}“ teil.";
        return $"{report.PartnerName} ({report.PartnerKind}, Bezirk {report.District}) vergibt Aufträge an Sozialbetriebe in Niederösterreich. " +
            "Sozialbetriebe beschäftigen Menschen, die am ersten Arbeitsmarkt derzeit keinen Platz finden: in Transitarbeitsplätzen des zweiten Arbeitsmarkts " +
            "oder in Werkstätten und Tagesstrukturen für Menschen mit Behinderungen (dritter Arbeitsmarkt). Die Zusammenarbeit schafft sinnstiftende Arbeit " +
            $"in der Region, hält Material im Kreislauf und stärkt die lokale Wertschöpfung.{programme} " +
            "Die Vermittlung erfolgt über „Soziale Produktion“ (SoPro), ein Angebot der KOMUNITAS mit dem Land Niederösterreich.";
    }

    public static string ActivitiesIntro(CsrReport report) => report.Activities.Count == 0
        ? $"Für {Year(report)} ist noch kein Praxisbeispiel dokumentiert."
        : $"Im Berichtsjahr {Year(report)} lief{(report.Activities.Count == 1 ? "" : "en")} {report.Activities.Count} dokumentierte Kooperation{(report.Activities.Count == 1 ? "" : "en")} mit Sozialbetrieben:";

    public static string EnterprisesIntro(CsrReport report) => report.SocialEnterprises.Count == 0
        ? "Im Berichtsjahr sind keine Sozialbetriebe erfasst."
        : $"Beteiligt waren {report.SocialEnterprises.Count} Sozialbetrieb{(report.SocialEnterprises.Count == 1 ? "" : "e")}, " +
          $"davon {report.SocialEnterprises.Count(s => s.SecondLabourMarket)} im zweiten und {report.SocialEnterprises.Count(s => !s.SecondLabourMarket)} im dritten Arbeitsmarkt.";

    public static string FiguresIntro(CsrReport report) => report.Figures.Count == 0
        ? $"Für {Year(report)} sind noch keine Wirkungskennzahlen erfasst."
        : "Jede Kennzahl nennt ihre Quelle und die Methode, mit der sie ermittelt wurde. Als bestätigt gilt eine Kennzahl, wenn sowohl das Unternehmen " +
          "als auch der Sozialbetrieb sie bestätigt haben; wird sie danach geändert, verfällt die Bestätigung.";

    public static string UnconfirmedNote(CsrReport report) => report.UnconfirmedCount == 0
        ? "Alle Kennzahlen dieses Berichtsteils sind von beiden Seiten bestätigt."
        : $"Achtung: {report.UnconfirmedCount} von {report.Figures.Count} Kennzahlen sind noch nicht von beiden Seiten bestätigt und als „unbestätigt“ gekennzeichnet. " +
          "Für eine geprüfte Berichterstattung empfehlen wir, nur bestätigte Werte zu übernehmen.";

    public static string TotalsIntro => "Summen des Berichtsjahres, jeweils über alle Kennzahlen und über die bestätigten allein:";

    public static string ConsultingIntro(CsrReport report) => report.Consulting.Count == 0
        ? $"Im Berichtsjahr {Year(report)} sind keine Beratungsleistungen aus dem Programm erfasst."
        : $"Im Rahmen des Programms erhielt das Unternehmen {Number(report.Consulting.Sum(c => c.Hours), 2)} Stunden Beratung, gefördert vom Land Niederösterreich:";

    public static string MappingIntro(CsrReport report) =>
        $"Die folgende Tabelle ordnet die Inhalte dieses Berichtsteils gängigen Berichtsrahmen zu (Zuordnung Version {report.MappingVersion}). " +
        $"ESRS-Angaben folgen {FrameworkMapping.EsrsEdition}. Die Zuordnung ist eine Hilfestellung; welche Angaben wesentlich sind, entscheidet das berichtende Unternehmen in seiner Wesentlichkeitsanalyse.";

    public static string Footer(CsrReport report) =>
        $"Erstellt am {ViennaTime.Format(report.GeneratedAt)} mit sozialproduziert. Quelle der Daten: Portal „Soziale Produktion“; Kennzahlen mit Bestätigungsstatus zum Erstellungszeitpunkt.";

    public static string Year(CsrReport report) => report.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value as Austrian reports write it: "1.234,5".</summary>
    public static string Number(decimal value, int decimals) => GermanNumbers.Text(value, decimals);

    public static string Value(CsrFigure figure) => Number(figure.Value, figure.Kind.Decimals());

    public static string Value(CsrTotal total, bool confirmed) => Number(confirmed ? total.ConfirmedTotal : total.Total, total.Kind.Decimals());

    public static string Confirmation(string? by, DateTime? at) => at is { } when ? $"{by}, {ViennaTime.Format(when)}" : "offen";

    public static string Elements(FrameworkReference reference) => string.Join(", ", reference.Elements.Select(e => e.Label()));
}
