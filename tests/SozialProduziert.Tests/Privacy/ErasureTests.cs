using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Tests.Inquiries;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Privacy;

namespace SozialProduziert.Tests.Privacy;

/// <summary>/admin/datenschutz: find a person's data in every store, hand it out, erase it everywhere on request.</summary>
public class ErasureTests
{
    private const string Email = "maria.berger@beispiel.at";
    private const string Name = "Maria Berger";
    private const string Phone = "+43 2742 987 65";

    [Fact]
    public async Task Erasure_on_request_removes_the_person_from_every_table_and_keeps_the_records_and_everybody_else()
    {
        await using var portal = new PortalFactory();
        var (mine, other) = await SeedAsync(portal);
        var admin = await portal.SignInAsStaffAsync(Roles.Administrator);
        var inquiriesBefore = await portal.WithDbAsync(db => db.Inquiries.CountAsync());
        var mailsBefore = await portal.WithDbAsync(db => db.OutboxMails.CountAsync());
        Assert.NotEmpty(await DatabaseScan.ColumnsContainingAsync(portal, Email));

        using var unconfirmed = await admin.SubmitFormAsync("/admin/datenschutz/loeschen/bestaetigt", new() { ["Email"] = Email }, "/admin/datenschutz");
        Assert.Contains("Bitte bestätigen Sie die Löschung mit dem Häkchen.", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(await DatabaseScan.ColumnsContainingAsync(portal, Email));

        using var erased = await admin.SubmitFormAsync("/admin/datenschutz/loeschen/bestaetigt", new() { ["Email"] = "  Maria.Berger@Beispiel.at ", ["Confirmed"] = "true" }, "/admin/datenschutz");
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var stores = scope.ServiceProvider.GetServices<IPersonalDataStore>().ToList();
            Assert.Contains(stores, s => s.Name == "Anfragen und Bedarfsmeldungen");
            Assert.Contains(stores, s => s.Name == "E-Mails");
            foreach (var store in stores)
            {
                Assert.Empty(await store.FindAsync(Email, CancellationToken.None));
            }
        }

        foreach (var trace in new[] { Email, Name, Phone, "Berger" })
        {
            Assert.Empty(await DatabaseScan.ColumnsContainingAsync(portal, trace));
        }

        Assert.Equal(inquiriesBefore, await portal.WithDbAsync(db => db.Inquiries.CountAsync()));
        Assert.Equal(mailsBefore, await portal.WithDbAsync(db => db.OutboxMails.CountAsync()));
        var kept = await portal.WithDbAsync(db => db.Inquiries.Include(i => i.Notes).SingleAsync(i => i.Id == mine));
        Assert.Equal((InquiryKind.Need, (int?)ReferenceData.DistrictId("Amstetten"), InquiryStatus.Closed), (kept.Kind, kept.DistrictId, kept.Status));
        Assert.NotNull(kept.AnonymisedAt);
        Assert.Equal("Rückruf bei [entfernt] unter [entfernt]: Material liegt bereit.", Assert.Single(kept.Notes).Text);
        var untouched = await portal.WithDbAsync(db => db.Inquiries.SingleAsync(i => i.Id == other));
        Assert.Equal(("Karl Huber", "karl.huber@beispiel.at"), (untouched.ContactPerson, untouched.Email));
        Assert.Equal(2, await portal.WithDbAsync(db => db.OutboxMails.CountAsync(m => m.TextBody.Contains("karl.huber@beispiel.at") || m.ToAddress == "karl.huber@beispiel.at")));

        var audit = await portal.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.PersonalDataErased));
        Assert.StartsWith("Löschung auf Anfrage: ", audit.Details, StringComparison.Ordinal);
        Assert.Contains(PersonalData.Fingerprint(Email), audit.Details, StringComparison.Ordinal);
        var searchAgain = await SearchAsync(admin, Email);
        Assert.Contains("bereits eine Löschung auf Anfrage durchgeführt", searchAgain, StringComparison.Ordinal);
        Assert.Contains("Zu dieser Adresse ist nichts gespeichert.", searchAgain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_shows_everything_found_and_the_exports_carry_it_audited_without_the_address()
    {
        await using var portal = new PortalFactory();
        await SeedAsync(portal);
        var admin = await portal.SignInAsStaffAsync(Roles.Administrator);

        var found = await SearchAsync(admin, Email);
        using var json = await admin.SubmitFormAsync("/admin/datenschutz/export.json", new() { ["Email"] = Email }, "/admin/datenschutz");
        using var print = await admin.SubmitFormAsync("/admin/datenschutz/auskunft", new() { ["Email"] = Email }, "/admin/datenschutz");
        using var confirm = await admin.SubmitFormAsync("/admin/datenschutz/loeschen", new() { ["Email"] = Email }, "/admin/datenschutz");

        Assert.Contains("Anfragen und Bedarfsmeldungen (2)", found, StringComparison.Ordinal);
        Assert.Contains("E-Mails (5)", found, StringComparison.Ordinal);
        Assert.Contains("Rückruf bei Maria Berger", found, StringComparison.Ordinal);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment", json.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal(Email, document.RootElement.GetProperty("emailAddress").GetString());
        var sections = document.RootElement.GetProperty("sections").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("records").GetArrayLength());
        Assert.Equal(2, sections["Anfragen und Bedarfsmeldungen"]);
        Assert.Equal(5, sections["E-Mails"]);
        Assert.Contains("Auskunft über gespeicherte personenbezogene Daten", await print.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Daten von maria.berger@beispiel.at löschen?", await confirm.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(await DatabaseScan.ColumnsContainingAsync(portal, Email));
        var audits = await portal.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.PersonalDataExported).Select(a => a.Details!).ToListAsync());
        Assert.Equal(2, audits.Count);
        Assert.All(audits, details => Assert.DoesNotContain(Email, details, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Redaktion_cannot_use_the_privacy_requests()
    {
        await using var portal = new PortalFactory();
        var editor = await portal.SignInAsStaffAsync(Roles.Editor);

        using var response = await editor.SubmitFormAsync("/admin/datenschutz", new() { ["Email"] = Email }, "/admin/anfragen");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>
    /// Maria Berger sent a need (closed since, so she also got the follow-up) and an inquiry; a note mentions her.
    /// Karl Huber sent a need too and must stay as he is.
    /// </summary>
    private static async Task<(int Mine, int Other)> SeedAsync(PortalFactory portal)
    {
        await portal.WithDbAsync(db => db.Add(new SocialEnterpriseBuilder().WithSlug("sonnenhof").Build()));
        var visitor = portal.CreateBrowser();
        var need = InquiryForms.Need(ReferenceData.DistrictId("Amstetten"), Email);
        (need["ContactPerson"], need["Phone"], need["Organisation"]) = (Name, Phone, "Bergers Hofladen");
        await visitor.SubmitFormAsync("/bedarf", need);
        var request = InquiryForms.Request(Email);
        (request["ContactPerson"], request["Phone"]) = (Name, Phone);
        await visitor.SubmitFormAsync("/anfrage?sozialbetrieb=sonnenhof", request);
        var other = InquiryForms.Need(ReferenceData.DistrictId("Amstetten"), "karl.huber@beispiel.at");
        await visitor.SubmitFormAsync("/bedarf", other);

        var ids = await portal.WithDbAsync(db => db.Inquiries.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        await staff.SubmitFormAsync($"/admin/anfragen/{ids[0]}/notizen", new() { ["Note.Text"] = $"Rückruf bei {Name} unter {Phone}: Material liegt bereit." }, $"/admin/anfragen/{ids[0]}");
        await staff.MoveAsync(ids[0], "neu", "in-vermittlung");
        await staff.MoveAsync(ids[0], "in-vermittlung", "abgeschlossen");
        return (ids[0], ids[2]);
    }

    private static async Task<string> SearchAsync(HttpClient admin, string email)
    {
        using var response = await admin.SubmitFormAsync("/admin/datenschutz", new() { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
