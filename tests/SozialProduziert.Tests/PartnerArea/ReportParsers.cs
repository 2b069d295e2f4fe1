using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SozialProduziert.Tests.PartnerArea;

/// <summary>Reads the report exports back the way their users' tools would: Word tables, Excel-style CSV, Markdown tables.</summary>
public static class ReportParsers
{
    public static string DocxText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    /// <summary>Every table of the document as rows of cell texts, the header row first.</summary>
    public static List<List<List<string>>> DocxTables(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document!.Body!.Elements<Table>()
            .Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList())
            .ToList();
    }

    public static List<string> DocxHeadings(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => p.InnerText).ToList();
    }

    /// <summary>RFC 4180 with ';' as separator, as Excel reads it: quoted fields may hold separators, quotes ("") and line breaks.</summary>
    public static List<List<string>> Csv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The Markdown pipe tables of a document, without their separator rows; cells unescaped.</summary>
    public static List<List<List<string>>> MarkdownTables(string markdown)
    {
        var tables = new List<List<List<string>>>();
        List<List<string>>? current = null;
        foreach (var line in markdown.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (!line.StartsWith('|'))
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                tables.Add(current);
            }

            var cells = SplitRow(line);
            if (!cells.All(c => c.Trim().Trim(':').All(ch => ch == '-') && c.Contains('-', StringComparison.Ordinal)))
            {
                current.Add(cells);
            }
        }

        return tables;
    }

    private static List<string> SplitRow(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                cell.Append(line[++i]);
            }
            else if (line[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        return cells;
    }
}
