using System.Text;
using static SozialProduziert.Web.Services.Reports.CsrReportText;

namespace SozialProduziert.Web.Services.Reports;

/// <summary>The report section as Markdown, to paste into a report draft or a wiki.</summary>
public static class MarkdownReportWriter
{
    public static string Write(CsrReport report, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Title(report)).AppendLine();
        md.Append('*').Append(Cell(Subtitle(report))).AppendLine("*").AppendLine();
        md.AppendLine(Intro(report)).AppendLine();

        md.AppendLine("## Aktivitäten und Praxisbeispiele").AppendLine().AppendLine(ActivitiesIntro(report)).AppendLine();
        foreach (var activity in report.Activities)
        {
            md.Append("- **[").Append(Cell(activity.Title)).Append("](").Append(baseUrl).Append(activity.Url).Append(")** (")
                .Append(activity.OutputType).Append(", ").Append(activity.Period).Append("): ").Append(Cell(activity.Teaser));
            if (activity.SocialEnterprises.Count > 0)
            {
                md.Append(" Mit: ").Append(Cell(string.Join(", ", activity.SocialEnterprises))).Append('.');
            }

            md.AppendLine();
        }

        md.AppendLine().AppendLine("## Beteiligte Sozialbetriebe").AppendLine().AppendLine(EnterprisesIntro(report)).AppendLine();
        foreach (var enterprise in report.SocialEnterprises)
        {
            md.Append("- ").Append(Cell(enterprise.Name)).Append(" – ").Append(enterprise.Segment).Append(", Bezirk ").AppendLine(enterprise.District);
        }

        md.AppendLine().AppendLine("## Wirkungskennzahlen").AppendLine().AppendLine(FiguresIntro(report)).AppendLine();
        if (report.Figures.Count > 0)
        {
            md.Append("> ").AppendLine(UnconfirmedNote(report)).AppendLine();
            md.AppendLine("| Kennzahl | Wert | Einheit | Praxisbeispiel | Sozialbetrieb | Quelle | Methode | Bestätigt vom Unternehmen | Bestätigt vom Sozialbetrieb | Status |");
            md.AppendLine("| --- | ---: | --- | --- | --- | --- | --- | --- | --- | --- |");
            foreach (var f in report.Figures)
            {
                md.AppendLine(German, $"| {Cell(f.Label)} | {Value(f)} | {f.Unit} | {Cell(f.Example ?? "–")} | {Cell(f.SocialEnterprise)} | {Cell(f.Source)} | {Cell(f.MethodNote)} | " +
                    $"{Cell(Confirmation(f.PartnerConfirmedBy, f.PartnerConfirmedAt))} | {Cell(Confirmation(f.EnterpriseConfirmedBy, f.EnterpriseConfirmedAt))} | {(f.IsConfirmed ? "bestätigt" : "**" + f.Status + "**")} |");
            }

            md.AppendLine().AppendLine(TotalsIntro).AppendLine();
            md.AppendLine("| Kennzahl | Summe | davon bestätigt | Einheit | Anzahl Werte |");
            md.AppendLine("| --- | ---: | ---: | --- | ---: |");
            foreach (var t in report.Totals)
            {
                md.AppendLine(German, $"| {Cell(t.Label)} | {Value(t, false)} | {Value(t, true)} | {t.Unit} | {t.Count} |");
            }
        }

        md.AppendLine().AppendLine("## Erhaltene Beratung").AppendLine().AppendLine(ConsultingIntro(report)).AppendLine();
        foreach (var c in report.Consulting)
        {
            md.Append("- ").Append(c.Date.ToString("dd.MM.yyyy", German)).Append(": ").Append(c.Kind).Append(", ").Append(Number(c.Hours, 2)).Append(" h – ").AppendLine(Cell(c.Topic));
        }

        md.AppendLine().AppendLine("## Zuordnung zu Berichtsrahmen").AppendLine().AppendLine(MappingIntro(report)).AppendLine();
        md.AppendLine("| Rahmenwerk | Angabe | Bezeichnung | Fassung | Inhalte dieses Berichtsteils | Beitrag |");
        md.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var r in report.Mapping)
        {
            md.AppendLine(German, $"| {r.Framework} | {r.Code} | {Cell(r.Title)} | {Cell(r.Edition)} | {Cell(Elements(r))} | {Cell(r.Contribution)} |");
        }

        md.AppendLine().Append('*').Append(Cell(Footer(report))).AppendLine("*");
        return md.ToString();
    }

    /// <summary>Text for a table cell or inline span: no line breaks, and the characters that would end a cell or start markup escaped.</summary>
    private static string Cell(string text) =>
        text.ReplaceLineEndings(" ").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
