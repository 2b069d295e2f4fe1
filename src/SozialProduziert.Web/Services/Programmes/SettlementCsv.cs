using System.Globalization;
using CsvHelper;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>
/// The settlement as CSV for Austrian Excel: UTF-8 with BOM (or umlauts break), semicolons, decimal comma, CRLF,
/// fields with separators, quotes or line breaks quoted, and formula-like text defused.
/// </summary>
public static class SettlementCsv
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("de-AT");

    public static CsvWriterOptions Options => CsvWriterOptions.Default with
    {
        Separator = ';',
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        FormatProvider = Culture,
    };

    public static readonly IReadOnlyList<string> Header =
        ["Programm", "Eingangsnummer", "Unternehmen", "Bezirk", "Datum", "Beraterin/Berater", "Art", "Dauer (Stunden)", "Thema", "Entwickelte Idee"];

    public static byte[] Write(Settlement settlement)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            foreach (var column in Header)
            {
                csv.WriteField(column);
            }

            csv.EndRecord();
            foreach (var firm in settlement.Firms)
            {
                foreach (var line in firm.Lines)
                {
                    csv.WriteField(settlement.ProgrammeName);
                    csv.WriteField(firm.ArrivalNumber.ToString(Culture));
                    csv.WriteField(firm.CompanyName);
                    csv.WriteField(firm.District);
                    csv.WriteField(line.Date.ToString("dd.MM.yyyy", Culture));
                    csv.WriteField(line.Consultant);
                    csv.WriteField(line.Kind.Label());
                    csv.WriteField(line.Hours.ToString("0.00", Culture));
                    csv.WriteField(line.Topic);
                    csv.WriteField(line.Idea ?? "");
                    csv.EndRecord();
                }
            }
        }

        return stream.ToArray();
    }
}
