using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SozialProduziert.Web.Services.Reports;

/// <summary>The few styles the Word export uses, named as Word's built-ins so a report template restyles them.</summary>
internal static class DocxStyles
{
    public static void AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                    new FontSize { Val = "20" },
                    new Languages { Val = "de-AT" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", null, null),
            Paragraph("Heading1", "heading 1", 0, new StyleRunProperties(new Bold(), new FontSize { Val = "32" }, new Color { Val = "1D4E89" })),
            Paragraph("Heading2", "heading 2", 1, new StyleRunProperties(new Bold(), new FontSize { Val = "26" }, new Color { Val = "1D4E89" })),
            Paragraph("ListParagraph", "List Paragraph", null, null, indent: true),
            new Style(
                new StyleName { Val = "Table Grid" },
                new StyleRunProperties(new FontSize { Val = "16" }),
                new StyleTableProperties(new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "TableGrid" });
        part.Styles.Save();
    }

    private static Style Paragraph(string id, string name, int? outlineLevel, StyleRunProperties? run, bool indent = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" ? OnOffValue.FromBoolean(true) : null };
        if (id != "Normal")
        {
            style.Append(new BasedOn { Val = "Normal" }, new PrimaryStyle());
        }

        var paragraph = new StyleParagraphProperties();
        if (outlineLevel is { } level)
        {
            paragraph.Append(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level });
        }

        if (indent)
        {
            paragraph.Append(new Indentation { Left = "360" });
        }

        style.Append(paragraph);
        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
