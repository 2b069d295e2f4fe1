using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;

namespace SozialProduziert.Tests.PartnerArea;

/// <summary>Every number in every export of the report equals the database, and each export says which figures are unconfirmed.</summary>
public class CsrReportExportTests
{
    private const string TrickySource = "Rechnung Nr. 7; \"Sammelrechnung\"\nzweite Zeile";

    [Fact]
    public async Task Every_figure_and_total_in_the_html_markdown_word_csv_and_json_export_equals_the_database()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        await AddFiguresAsync(portal, firms);
        var firm = await portal.SignInAsPartnerAsync(firms.AlphaId);
        var figures = await portal.WithDbAsync(db => db.ImpactFigures.AsNoTracking().Where(f => f.PartnerId == firms.AlphaId && f.Year == TwoFirms.Year).ToListAsync());
        Assert.Equal(5, figures.Count);

        var csv = await DownloadAsync(firm, "csv", "text/csv");
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var rows = ReportParsers.Csv(Encoding.UTF8.GetString(csv[3..]));
        Assert.Equal(figures.Count + 1, rows.Count);
        foreach (var figure in figures)
        {
            var row = rows.Single(r => r[0] == figure.Id.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(figure.Value, decimal.Parse(row[4], CultureInfo.GetCultureInfo("de-DE")));
            Assert.Equal((figure.Source, figure.MethodNote), (row[8], row[9]));
            Assert.Equal(figure.IsFullyConfirmed, row[14] == "bestätigt");
        }

        using var json = JsonDocument.Parse(await DownloadAsync(firm, "json", "application/json"));
        var jsonFigures = json.RootElement.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(figures.Count, jsonFigures.Count);
        foreach (var figure in figures)
        {
            var item = jsonFigures.Single(f => f.GetProperty("id").GetInt32() == figure.Id);
            Assert.Equal(figure.Value, item.GetProperty("value").GetDecimal());
            Assert.Equal(figure.IsFullyConfirmed, item.GetProperty("confirmed").GetBoolean());
            Assert.Equal(figure.Kind.Key(), item.GetProperty("kind").GetString());
        }

        var markdown = Encoding.UTF8.GetString(await DownloadAsync(firm, "md", "text/markdown"));
        var docx = await DownloadAsync(firm, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var html = await firm.OpenAsync($"/mein-bereich/bericht/{TwoFirms.Year}");
        var htmlFigures = html.Document.QuerySelectorAll("#kennzahlen tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        var htmlTotals = html.Document.QuerySelectorAll("#summen tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        var markdownTables = ReportParsers.MarkdownTables(markdown);
        var wordTables = ReportParsers.DocxTables(docx);

        foreach (var (label, figureRows, totalRows) in new[]
        {
            ("HTML", htmlFigures, htmlTotals),
            ("Markdown", markdownTables[0].Skip(1).ToList(), markdownTables[1].Skip(1).ToList()),
            ("Word", wordTables[0].Skip(1).ToList(), wordTables[1].Skip(1).ToList()),
        })
        {
            Assert.True(figures.Count == figureRows.Count, $"{label}: {figureRows.Count} rows");
            Assert.Equal(figures.OrderBy(f => f.Kind).ThenBy(f => f.Id).Select(f => f.Value), figureRows.Select(r => GermanValue(r[1])));
            Assert.Equal(figures.Count(f => !f.IsFullyConfirmed), figureRows.Count(r => r[^1].Trim('*').StartsWith("unbestätigt", StringComparison.Ordinal)));
            foreach (var total in totalRows)
            {
                var kind = Enum.GetValues<ImpactKind>().Single(k => k.Label() == total[0]);
                Assert.Equal(figures.Where(f => f.Kind == kind).Sum(f => f.Value), GermanValue(total[1]));
                Assert.Equal(figures.Where(f => f.Kind == kind && f.IsFullyConfirmed).Sum(f => f.Value), GermanValue(total[2]));
            }
        }

        Assert.Contains("noch nicht von beiden Seiten bestätigt", markdown, StringComparison.Ordinal);
        Assert.Contains("noch nicht von beiden Seiten bestätigt", ReportParsers.DocxText(docx), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_word_document_opens_with_headings_and_the_versioned_framework_mapping_table()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        var firm = await portal.SignInAsPartnerAsync(firms.AlphaId);

        var docx = await DownloadAsync(firm, "docx", "wordprocessingml");
        var mapping = ReportParsers.DocxTables(docx).Last();
        var codes = mapping.Skip(1).Select(r => r[1]).ToList();

        Assert.Equal(["Rahmenwerk", "Angabe", "Bezeichnung", "Fassung", "Inhalte dieses Berichtsteils", "Beitrag"], mapping[0]);
        Assert.Equal(["GRI 204-1", "GRI 306-4", "GRI 413-1", "GRI 414-1", "G1-2", "S2-4", "S3-4 / S3-5", "E5-5", "B2", "B7", "SDG 8.5", "SDG 12.5", "SDG 12.7", "A1", "A2", "A3"], codes);
        Assert.All(mapping.Skip(1).Where(r => r[0] == "ESRS"), r => Assert.Contains("Delegierte Verordnung (EU) 2023/2772", r[3], StringComparison.Ordinal));
        Assert.All(mapping.Skip(1).Where(r => r[0] == "GWÖ"), r => Assert.Equal("Gemeinwohl-Matrix 5.0", r[3]));
        Assert.Contains("Zuordnung zu Berichtsrahmen", ReportParsers.DocxHeadings(docx));
        Assert.Contains($"Version {Web.Services.Reports.FrameworkMapping.Version}", ReportParsers.DocxText(docx), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_print_page_has_an_a4_print_stylesheet_and_no_portal_navigation_and_staff_get_any_firms_report()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        var page = await staff.OpenAsync($"/admin/partner/{firms.BetaId}/bericht/{TwoFirms.Year}");
        var stylesheet = page.Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var css = await staff.GetStringAsync(stylesheet);
        using var csv = await staff.GetAsync($"/admin/partner/{firms.BetaId}/bericht/{TwoFirms.Year}.csv");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector(".site-nav, .admin-nav, footer.site-footer"));
        Assert.Contains("@page { size: A4", css, StringComparison.Ordinal);
        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.Contains(TwoFirms.BetaMarker, page.H1 + page.Document.QuerySelector(".report__subtitle")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("48250,75", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task AddFiguresAsync(PortalFactory portal, TwoFirms firms) => await portal.WithDbAsync(async db =>
    {
        var alpha = await db.ImpactFigures.SingleAsync(f => f.Id == firms.AlphaFigureId);
        foreach (var (kind, value, source, confirmed) in new (ImpactKind, decimal, string, bool)[]
        {
            (ImpactKind.WorkHoursSecondLabourMarket, 312.25m, "Stundenlisten", true),
            (ImpactKind.WorkHoursThirdLabourMarket, 80m, "Stundenlisten", false),
            (ImpactKind.PeopleEmployed, 7m, "Personalliste", true),
            (ImpactKind.OrderValueEur, 1_048_250.75m, TrickySource, false),
        })
        {
            db.ImpactFigures.Add(new ImpactFigure
            {
                PartnerId = alpha.PartnerId, ExampleId = alpha.ExampleId, SocialEnterpriseId = alpha.SocialEnterpriseId, Kind = kind, Value = value, Year = TwoFirms.Year,
                Source = source, MethodNote = "Gezählt; Methode mit ; Semikolon", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, Version = 1,
                PartnerConfirmedAt = confirmed ? DateTime.UtcNow : null, PartnerConfirmedBy = confirmed ? "Eva Huber" : null,
                EnterpriseConfirmedAt = confirmed ? DateTime.UtcNow : null, EnterpriseConfirmedBy = confirmed ? "Karl Nowak" : null,
            });
        }
    });

    private static async Task<byte[]> DownloadAsync(HttpClient client, string format, string contentType)
    {
        using var response = await client.GetAsync($"/mein-bereich/bericht/{TwoFirms.Year}.{format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(contentType, response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
        Assert.Contains($"{TwoFirms.Year}", response.Content.Headers.ContentDisposition?.FileName ?? "", StringComparison.Ordinal);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>"1.048.250,75" as a reader of the report understands it, parsed independently of the app's own formatter.</summary>
    private static decimal GermanValue(string text) =>
        decimal.Parse(text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
