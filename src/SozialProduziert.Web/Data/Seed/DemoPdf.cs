using System.Globalization;
using System.Text;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>
/// Writes a small, valid PDF 1.4 by hand: Helvetica text pages with WinAnsi encoding and an exact cross-reference
/// table. Enough for a demo download without a PDF library.
/// </summary>
internal static class DemoPdf
{
    private const float Left = 56;
    private const float Top = 786;
    private const int WrapColumns = 88;

    /// <summary>A run of text; <paramref name="Bold"/> selects Helvetica-Bold, <paramref name="Size"/> the point size.</summary>
    public sealed record Line(string Text, float Size = 11, bool Bold = false);

    public static byte[] Create(string title, IReadOnlyList<IReadOnlyList<Line>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var pdf = new PdfWriter();
        var pageIds = Enumerable.Range(0, pages.Count).Select(i => 6 + (2 * i)).ToList();
        pdf.Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Object(2, $"<< /Type /Pages /Kids [{string.Join(' ', pageIds.Select(id => $"{id} 0 R"))}] /Count {pages.Count} >>");
        pdf.Object(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        pdf.Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
        pdf.Object(5, $"<< /Title ({Escape(title)}) /Producer (SozialProduziert) >>");
        for (var i = 0; i < pages.Count; i++)
        {
            pdf.Object(pageIds[i], $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {pageIds[i] + 1} 0 R >>");
            pdf.Stream(pageIds[i] + 1, PageContent(pages[i]));
        }

        return pdf.Finish(rootId: 1, infoId: 5);
    }

    private static byte[] PageContent(IReadOnlyList<Line> lines)
    {
        var content = new StringBuilder("BT\n");
        var y = Top;
        foreach (var line in lines)
        {
            var wrapped = Wrap(line.Text, (int)(WrapColumns * 11 / line.Size));
            foreach (var part in wrapped)
            {
                y -= line.Size * 1.45f;
                content.Append(CultureInfo.InvariantCulture, $"/{(line.Bold ? "F2" : "F1")} {line.Size:0.#} Tf 1 0 0 1 {Left:0.#} {y:0.#} Tm ({Escape(part)}) Tj\n");
            }

            y -= line.Size * 0.5f;
        }

        content.Append("ET\n");
        return WinAnsi(content.ToString());
    }

    private static IEnumerable<string> Wrap(string text, int columns)
    {
        if (text.Length == 0)
        {
            yield return "";
            yield break;
        }

        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > columns)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        yield return line.ToString();
    }

    private static string Escape(string text) => text.Replace(@"\", @"\\", StringComparison.Ordinal)
        .Replace("(", @"\(", StringComparison.Ordinal)
        .Replace(")", @"\)", StringComparison.Ordinal);

    /// <summary>WinAnsiEncoding is Windows-1252: Latin-1 plus typographic quotes, dashes and the euro sign in 0x80–0x9F.</summary>
    private static byte[] WinAnsi(string text) => text.Select(c => c switch
    {
        '€' => (byte)0x80,
        '„' => (byte)0x84,
        '–' => (byte)0x96,
        '—' => (byte)0x97,
        '“' => (byte)0x93,
        '”' => (byte)0x94,
        '‚' => (byte)0x82,
        '‘' => (byte)0x91,
        '’' => (byte)0x92,
        '•' => (byte)0x95,
        _ when c <= 0xFF => (byte)c,
        _ => (byte)'?',
    }).ToArray();

    /// <summary>Appends numbered objects and remembers their byte offsets for the cross-reference table.</summary>
    private sealed class PdfWriter : IDisposable
    {
        private readonly MemoryStream _buffer = new();
        private readonly SortedDictionary<int, long> _offsets = [];

        public PdfWriter()
        {
            // The comment with bytes above 127 tells transfer tools that the file is binary.
            Write("%PDF-1.4\n");
            _buffer.Write([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
        }

        public void Object(int id, string body)
        {
            _offsets[id] = _buffer.Position;
            Write($"{id} 0 obj\n{body}\nendobj\n");
        }

        public void Stream(int id, byte[] data)
        {
            _offsets[id] = _buffer.Position;
            Write($"{id} 0 obj\n<< /Length {data.Length} >>\nstream\n");
            _buffer.Write(data);
            Write("\nendstream\nendobj\n");
        }

        public byte[] Finish(int rootId, int infoId)
        {
            var xref = _buffer.Position;
            var size = _offsets.Keys.Max() + 1;
            var table = new StringBuilder().Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f \n");
            for (var id = 1; id < size; id++)
            {
                // Every entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, two-byte line end.
                table.Append(_offsets.TryGetValue(id, out var offset)
                    ? string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n")
                    : "0000000000 65535 f \n");
            }

            table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size} /Root {rootId} 0 R /Info {infoId} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
            Write(table.ToString());
            return _buffer.ToArray();
        }

        public void Dispose() => _buffer.Dispose();

        private void Write(string text) => _buffer.Write(WinAnsi(text));
    }
}
