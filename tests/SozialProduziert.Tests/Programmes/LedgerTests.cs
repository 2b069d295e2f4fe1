using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Programmes;

/// <summary>The consulting ledger through the staff forms: the allowance boundary, corrections and the settlement exports.</summary>
public class LedgerTests
{
    [Fact]
    public async Task Exactly_ten_consulting_hours_are_accepted_and_a_quarter_hour_more_is_refused_with_a_clear_message()
    {
        await using var portal = new PortalFactory();
        var (staff, registrationId) = await ConfirmedFirmAsync(portal);

        using var six = await AddAsync(staff, registrationId, "beratungsstunde", "6");
        using var four = await AddAsync(staff, registrationId, "beratungsstunde", "4,0");
        using var tooMuch = await AddAsync(staff, registrationId, "beratungsstunde", "0,25");
        var html = await tooMuch.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, six.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, four.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tooMuch.StatusCode);
        Assert.Contains("Das Kontingent für Beratungsstunden (10 Std.) ist bereits ausgeschöpft.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"0,25\"", html, StringComparison.Ordinal);
        Assert.Equal([360, 240], await MinutesAsync(portal, ConsultingKind.ConsultingHour));
    }

    [Fact]
    public async Task Ten_hours_fifteen_in_one_entry_are_refused_and_the_remaining_budget_is_shown()
    {
        await using var portal = new PortalFactory();
        var (staff, registrationId) = await ConfirmedFirmAsync(portal);

        using var refused = await AddAsync(staff, registrationId, "beratungsstunde", "10:15");
        using var accepted = await AddAsync(staff, registrationId, "beratungsstunde", "10");
        var page = await staff.OpenAsync($"/admin/anmeldungen/{registrationId}");
        var budget = page.Document.QuerySelector(".ledger-budget")!.TextContent;

        Assert.Contains("Dieser Eintrag (10 Std. 15 Min.) überschreitet das Kontingent für Beratungsstunden (10 Std.). Es sind noch 10 Std. frei.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains("Beratungsstunde", budget, StringComparison.Ordinal);
        Assert.Equal(["4 Std.", "0 Min."], page.Document.QuerySelectorAll(".ledger-budget tbody tr td:last-child").Select(td => td.TextContent.Trim()).ToList());
    }

    [Fact]
    public async Task The_on_site_half_day_is_booked_separately_from_the_hours()
    {
        await using var portal = new PortalFactory();
        var (staff, registrationId) = await ConfirmedFirmAsync(portal);

        using var tenHours = await AddAsync(staff, registrationId, "beratungsstunde", "10");
        using var onSiteTooLong = await AddAsync(staff, registrationId, "vor-ort", "4,25");
        using var onSite = await AddAsync(staff, registrationId, "vor-ort", "4");

        Assert.Equal(HttpStatusCode.Redirect, tenHours.StatusCode);
        Assert.Contains("überschreitet das Kontingent für die Vor-Ort-Beratung (4 Std.)", await onSiteTooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, onSite.StatusCode);
        Assert.Equal([240], await MinutesAsync(portal, ConsultingKind.OnSite));
    }

    [Fact]
    public async Task Entries_are_corrected_and_deleted_with_audit_entries_and_need_a_confirmed_firm()
    {
        await using var portal = new PortalFactory();
        var (staff, registrationId) = await ConfirmedFirmAsync(portal);
        var waiting = (await portal.RegisterManyAsync((await portal.RegistrationsAsync())[0].ProgrammeId, "Wartende GmbH"))[0];
        using var added = await AddAsync(staff, registrationId, "beratungsstunde", "2");
        var entryId = await portal.WithDbAsync(db => db.ConsultingEntries.Select(e => e.Id).SingleAsync());

        var edit = await staff.OpenAsync($"/admin/beratung/{entryId}");
        using var corrected = await staff.SubmitFormAsync($"/admin/beratung/{entryId}", Entry("beratungsstunde", "10"), formPage: $"/admin/beratung/{entryId}");
        using var tooMuch = await staff.SubmitFormAsync($"/admin/beratung/{entryId}", Entry("beratungsstunde", "10,25"), formPage: $"/admin/beratung/{entryId}");
        using var deleted = await staff.SubmitFormAsync($"/admin/beratung/{entryId}/loeschen", [], formPage: $"/admin/anmeldungen/{registrationId}");
        using var notParticipating = await AddAsync(staff, waiting.Id, "beratungsstunde", "1");

        Assert.Equal("2", edit.Document.QuerySelector("#Duration")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Contains("überschreitet das Kontingent", await tooMuch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("erst eingetragen werden, wenn die Teilnahme zugesagt ist", await notParticipating.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.ConsultingEntries.CountAsync()));
        var audit = await portal.WithDbAsync(db => db.AuditEntries.Where(a => a.ContentType == nameof(InterestRegistration)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditAction.ConsultingEntryAdded, AuditAction.ConsultingEntryChanged, AuditAction.ConsultingEntryDeleted], audit.Where(a => a >= AuditAction.ConsultingEntryAdded).ToList());
    }

    [Fact]
    public async Task The_csv_opens_in_Austrian_Excel_and_parses_back_equal_with_separators_quotes_and_line_breaks()
    {
        await using var portal = new PortalFactory();
        var (staff, registrationId) = await ConfirmedFirmAsync(portal, "Müller; Söhne \"Holz\" GmbH");
        var topic = "Reststoffe; Verschnitt und \"Kanteln\"";
        var idea = "Kräuterkisten\nmit Brandzeichen;\r\nals Kundengeschenk";
        var fields = Entry("beratungsstunde", "1,25");
        fields["Topic"] = topic;
        fields["Idea"] = idea;
        using var added = await staff.SubmitFormAsync($"/admin/anmeldungen/{registrationId}/beratung", fields, formPage: $"/admin/anmeldungen/{registrationId}");
        using var onSite = await AddAsync(staff, registrationId, "vor-ort", "4");
        var programmeId = (await portal.RegistrationsAsync())[0].ProgrammeId;

        using var response = await staff.GetAsync($"/admin/programme/{programmeId}/abrechnung.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("Programm;Eingangsnummer;Unternehmen;", text, StringComparison.Ordinal);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        Assert.Contains(";1,25;", text, StringComparison.Ordinal);
        Assert.Contains(";4,00;", text, StringComparison.Ordinal);

        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { Separator = ';', HasHeader = true });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        Assert.Equal(["Programm", "Eingangsnummer", "Unternehmen", "Bezirk", "Datum", "Beraterin/Berater", "Art", "Dauer (Stunden)", "Thema", "Entwickelte Idee"], reader.Headers);
        var hours = rows.Single(r => r[6] == "Beratungsstunde");
        Assert.Equal("Müller; Söhne \"Holz\" GmbH", hours[2]);
        Assert.Equal(topic, hours[8]);
        Assert.Equal(idea.Replace("\r\n", "\n", StringComparison.Ordinal), hours[9].Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(1.25m, decimal.Parse(hours[7], CultureInfo.GetCultureInfo("de-AT")));
        Assert.Equal("4,00", rows.Single(r => r[6] == "Vor-Ort-Beratung")[7]);
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.SettlementExported)));
    }

    [Fact]
    public async Task A_formula_in_a_field_is_defused_in_the_csv()
    {
        await using var portal = new PortalFactory();
        var (staff, registrationId) = await ConfirmedFirmAsync(portal);
        var fields = Entry("beratungsstunde", "1");
        fields["Topic"] = "=HYPERLINK(\"https://boese.example\")";
        using var added = await staff.SubmitFormAsync($"/admin/anmeldungen/{registrationId}/beratung", fields, formPage: $"/admin/anmeldungen/{registrationId}");
        var programmeId = (await portal.RegistrationsAsync())[0].ProgrammeId;

        var bytes = await staff.GetByteArrayAsync($"/admin/programme/{programmeId}/abrechnung.csv");

        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { Separator = ';', HasHeader = true });
        Assert.True(reader.Read());
        Assert.StartsWith("'=", reader.GetString(8), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_print_page_lists_each_firm_with_its_sessions_and_remaining_allowance()
    {
        await using var portal = new PortalFactory();
        var (staff, registrationId) = await ConfirmedFirmAsync(portal, "Tischlerei Holzwurm GmbH");
        using var added = await AddAsync(staff, registrationId, "beratungsstunde", "2,5");
        var programmeId = (await portal.RegistrationsAsync())[0].ProgrammeId;

        var page = await staff.OpenAsync($"/admin/programme/{programmeId}/abrechnung");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var firm = page.Document.QuerySelector(".settlement-firm")!;
        Assert.Equal("Tischlerei Holzwurm GmbH", firm.QuerySelector("h2")!.TextContent);
        Assert.Equal("2,50", firm.QuerySelector(".settlement-table tbody td.number")!.TextContent);
        Assert.Equal(["4,00", "7,50"], firm.QuerySelectorAll(".settlement-sums tbody tr td:last-child").Select(td => td.TextContent).ToList());
        Assert.NotNull(page.Document.QuerySelector(".no-print a[href$='abrechnung.csv']"));
    }

    private static async Task<(HttpClient Staff, int RegistrationId)> ConfirmedFirmAsync(PortalFactory portal, string company = "Holzwerk Gruber GmbH")
    {
        var programmeId = await portal.CreateProgrammeAsync();
        var firm = (await portal.RegisterManyAsync(programmeId, company))[0];
        await portal.WithDbAsync(async db =>
        {
            var registration = await db.InterestRegistrations.SingleAsync(r => r.Id == firm.Id);
            registration.Status = RegistrationStatus.Confirmed;
            registration.ConfirmedOn = new DateOnly(2027, 4, 1);
        });
        return (await portal.SignInAsStaffAsync(Roles.Editor), firm.Id);
    }

    private static Task<HttpResponseMessage> AddAsync(HttpClient staff, int registrationId, string kind, string duration) =>
        staff.SubmitFormAsync($"/admin/anmeldungen/{registrationId}/beratung", Entry(kind, duration), formPage: $"/admin/anmeldungen/{registrationId}");

    private static Dictionary<string, string> Entry(string kind, string duration) => new()
    {
        ["Date"] = "2027-04-10",
        ["Consultant"] = "Mag.a Claudia Weiß",
        ["Kind"] = kind,
        ["Duration"] = duration,
        ["Topic"] = "Reststoffe erheben",
        ["Idea"] = "",
    };

    private static Task<List<int>> MinutesAsync(PortalFactory portal, ConsultingKind kind) =>
        portal.WithDbAsync(db => db.ConsultingEntries.Where(e => e.Kind == kind).OrderBy(e => e.Id).Select(e => e.Minutes).ToListAsync());
}
