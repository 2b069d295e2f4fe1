using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static SozialProduziert.Web.Services.Reports.CsrReportText;

namespace SozialProduziert.Web.Services.Reports;

/// <summary>
/// The report section as a Word document (Office Open XML): real heading styles, so it drops into a report
/// template with its own look, and real tables for the figures and the framework mapping.
/// </summary>
public static class DocxReportWriter
{
    public static byte[] Write(CsrReport report, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            DocxStyles.AddTo(main);
            var body = new Body();
            main.Document = new Document(body);

            body.Append(Heading(Title(report), 1), Paragraph(Subtitle(report), italic: true), Paragraph(Intro(report)));

            body.Append(Heading("Aktivitäten und Praxisbeispiele", 2), Paragraph(ActivitiesIntro(report)));
            foreach (var a in report.Activities)
            {
                var with = a.SocialEnterprises.Count == 0 ? "" : $" Mit: {string.Join(", ", a.SocialEnterprises)}.";
                body.Append(Paragraph($"{a.Title} ({a.OutputType}, {a.Period}): {a.Teaser}{with} {baseUrl}{a.Url}", style: "ListParagraph"));
            }

            body.Append(Heading("Beteiligte Sozialbetriebe", 2), Paragraph(EnterprisesIntro(report)));
            foreach (var s in report.SocialEnterprises)
            {
                body.Append(Paragraph($"{s.Name} – {s.Segment}, Bezirk {s.District}", style: "ListParagraph"));
            }

            body.Append(Heading("Wirkungskennzahlen", 2), Paragraph(FiguresIntro(report)));
            if (report.Figures.Count > 0)
            {
                body.Append(Paragraph(UnconfirmedNote(report), bold: report.UnconfirmedCount > 0));
                body.Append(Table(
                    ["Kennzahl", "Wert", "Einheit", "Praxisbeispiel", "Sozialbetrieb", "Quelle", "Methode", "Bestätigt vom Unternehmen", "Bestätigt vom Sozialbetrieb", "Status"],
                    report.Figures.Select(f => new[]
                    {
                        f.Label, Value(f), f.Unit, f.Example ?? "–", f.SocialEnterprise, f.Source, f.MethodNote,
                        Confirmation(f.PartnerConfirmedBy, f.PartnerConfirmedAt), Confirmation(f.EnterpriseConfirmedBy, f.EnterpriseConfirmedAt), f.Status,
                    })));
                body.Append(Paragraph(TotalsIntro));
                body.Append(Table(
                    ["Kennzahl", "Summe", "davon bestätigt", "Einheit", "Anzahl Werte"],
                    report.Totals.Select(t => new[] { t.Label, Value(t, false), Value(t, true), t.Unit, t.Count.ToString(German) })));
            }

            body.Append(Heading("Erhaltene Beratung", 2), Paragraph(ConsultingIntro(report)));
            foreach (var c in report.Consulting)
            {
                body.Append(Paragraph($"{c.Date.ToString("dd.MM.yyyy", German)}: {c.Kind}, {Number(c.Hours, 2)} h – {c.Topic}", style: "ListParagraph"));
            }

            body.Append(Heading("Zuordnung zu Berichtsrahmen", 2), Paragraph(MappingIntro(report)));
            body.Append(Table(
                ["Rahmenwerk", "Angabe", "Bezeichnung", "Fassung", "Inhalte dieses Berichtsteils", "Beitrag"],
                report.Mapping.Select(r => new[] { r.Framework, r.Code, r.Title, r.Edition, Elements(r), r.Contribution })));
            body.Append(Paragraph(Footer(report), italic: true));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Heading(string text, int level) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }), new Run(new Text(text)));

    private static Paragraph Paragraph(string text, bool bold = false, bool italic = false, string? style = null)
    {
        var runProperties = new RunProperties();
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        if (italic)
        {
            runProperties.Append(new Italic());
        }

        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(string[] header, IEnumerable<string[]> rows)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(Row(header, isHeader: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, isHeader: false));
        }

        return table;
    }

    private static TableRow Row(string[] cells, bool isHeader)
    {
        var row = new TableRow();
        if (isHeader)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var cell in cells)
        {
            var run = new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve });
            if (isHeader)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            row.Append(new TableCell(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), run)));
        }

        return row;
    }
}
