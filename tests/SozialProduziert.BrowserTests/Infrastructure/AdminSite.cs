using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Admin;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>
/// A demo site for the staff area: an Administrator (with two-factor sign-in) and a Redaktion account (without),
/// signed in once, whose cookies every admin test reuses; an example with several revisions and an item in the
/// Papierkorb, so history, comparison and purge pages have something to show. The personal pages outside /admin
/// (partner area, links sent by mail) run here too: see AdminSite.Personal.cs.
/// </summary>
public sealed partial class AdminSite : IAsyncDisposable
{
    public const string AdministratorEmail = "verwaltung@komunitas.example";
    public const string EditorEmail = "redaktion@komunitas.example";

    /// <summary>The person behind the need the inquiry pages show, and the address the privacy search finds.</summary>
    public const string RequesterEmail = "eva.muster@beispiel.at";

    private static int _signIns;

    private readonly BrowserSuite _suite;

    private AdminSite(BrowserSuite suite, LiveSite site)
    {
        _suite = suite;
        Site = site;
    }

    public LiveSite Site { get; }

    public string AdministratorState { get; private set; } = "";

    /// <summary>
    /// Ids of the items the page types open, by name: example, enterprise, offer, partner, page, download, field, mark,
    /// trashed, staff, programme, registration, consulting, inquiry, mail, and those of AdminSite.Personal.cs.
    /// </summary>
    public Dictionary<string, string> Ids { get; } = [];

    public int ExampleRevisions { get; private set; }

    public static async Task<AdminSite> PrepareAsync(BrowserSuite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var admin = new AdminSite(suite, LiveSite.Start(PortalDatabase.Demo));
        var portal = admin.Site.Portal;
        await portal.CreateStaffAsync(AdministratorEmail, Roles.Administrator);
        await portal.CreateStaffAsync(EditorEmail, Roles.Editor);
        admin.AdministratorState = await SignedInStateAsync(suite, admin.Site, AdministratorEmail);

        var example = await portal.WithDbAsync(db => db.Examples.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        await portal.EditWithEditorAsync<BestPracticeExample>(example, (_, e) => Edit(() => e.Teaser += " Ergänzt."));
        await portal.EditWithEditorAsync<BestPracticeExample>(example, (_, e) => Edit(() => e.Title += " (überarbeitet)"));
        admin.ExampleRevisions = (await portal.RevisionsAsync<BestPracticeExample>(example)).Max(r => r.Number);
        var trashed = await portal.CreateWithEditorAsync(_ => new PageBuilder().Titled("Alte Pressemitteilung").Build());
        await portal.MoveToTrashAsync<Page>(trashed);

        admin.Ids["example"] = $"{example}";
        admin.Ids["trashed"] = $"{trashed}";
        admin.Ids["enterprise"] = $"{await portal.WithDbAsync(db => db.SocialEnterprises.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync())}";
        admin.Ids["offer"] = $"{await portal.WithDbAsync(db => db.Offers.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync())}";
        admin.Ids["partner"] = $"{await portal.WithDbAsync(db => db.Partners.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync())}";
        admin.Ids["page"] = $"{await portal.WithDbAsync(db => db.Pages.Where(p => p.DeletedAt == null).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync())}";
        admin.Ids["download"] = $"{await portal.WithDbAsync(db => db.Downloads.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync())}";
        admin.Ids["field"] = $"{await portal.WithDbAsync(db => db.FieldsOfWork.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync())}";
        admin.Ids["mark"] = $"{await portal.WithDbAsync(db => db.QualityMarks.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync())}";
        admin.Ids["programme"] = $"{await portal.WithDbAsync(db => db.InterestRegistrations.OrderBy(r => r.Id).Select(r => r.ProgrammeId).FirstAsync())}";
        admin.Ids["registration"] = $"{await portal.WithDbAsync(db => db.InterestRegistrations.Where(r => r.ConsultingEntries.Any()).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync())}";
        admin.Ids["consulting"] = $"{await portal.WithDbAsync(db => db.ConsultingEntries.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync())}";
        admin.Ids["inquiry"] = $"{await SeedNeedAsync(portal)}";
        admin.Ids["mail"] = $"{await portal.WithDbAsync(db => db.OutboxMails.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync())}";
        await using var scope = portal.Services.CreateAsyncScope();
        admin.Ids["staff"] = (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(EditorEmail))!.Id;
        await admin.PreparePersonalAsync();
        return admin;
    }

    /// <summary>
    /// The cookies of the account a page type is opened as; null for anonymous visitors. The Redaktion account signs in
    /// afresh each time: opening its two-factor set-up renews its key and with it the security stamp, which ends its
    /// other sessions within a minute.
    /// </summary>
    public async Task<string?> StateForAsync(AdminPageTypes.Account account) => account switch
    {
        AdminPageTypes.Account.Administrator => AdministratorState,
        AdminPageTypes.Account.Editor => await SignedInStateAsync(_suite, Site, EditorEmail),
        AdminPageTypes.Account.Partner => PartnerState,
        _ => null,
    };

    public ValueTask DisposeAsync() => Site.DisposeAsync();

    /// <summary>A need as the form stores it, with a note and its confirmation mail, which failed (so "Erneut senden" shows).</summary>
    private static Task<int> SeedNeedAsync(PortalFactory portal) => portal.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var need = new Inquiry
        {
            Kind = InquiryKind.Need,
            NeedKind = OutputType.ResidualMaterialRecycling,
            Description = "Alte Werbebanner und LKW-Planen sollen zu Taschen upgecycelt werden.",
            Quantity = "300 kg",
            DistrictId = 1,
            Organisation = "Stadtwerke Amstetten",
            ContactPerson = "Eva Muster",
            Email = RequesterEmail,
            ReceivedAt = now,
            ConsentedAt = now,
            StatusChangedAt = now,
            Notes = [new InquiryNote { At = now, Author = EditorEmail, Text = "Rückruf vereinbart." }],
        };
        db.Inquiries.Add(need);
        db.OutboxMails.Add(new OutboxMail
        {
            ToAddress = RequesterEmail,
            ToName = "Eva Muster",
            Subject = "Ihre Bedarfsmeldung bei sozialproduziert ist eingelangt",
            TextBody = "Guten Tag Eva Muster,\n\nvielen Dank für Ihre Bedarfsmeldung.",
            HtmlBody = "<p>Guten Tag Eva Muster,</p>",
            Purpose = "need-confirmation",
            State = OutboxMailState.Failed,
            Attempts = 8,
            CreatedAt = now,
            NextAttemptAt = now,
            LastError = "Connection refused",
        });
        await db.SaveChangesAsync();
        return need.Id;
    });

    private static Task Edit(Action change)
    {
        change();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Signs in from an address of its own: the Redaktion account signs in afresh for every page type opened as it, and
    /// from 127.0.0.1 with the other tests those sign-ins could exceed the per-client limit (<c>RateLimits.SignIn</c>,
    /// 20 a minute) when the suite runs fast; the sign-in then stayed on its form.
    /// </summary>
    private static async Task<string> SignedInStateAsync(BrowserSuite suite, LiveSite site, string email)
    {
        await using var tab = await suite.OpenTabAsync(site);
        var signIn = Interlocked.Increment(ref _signIns);
        await tab.Context.SetExtraHTTPHeadersAsync([new(TestClientAddress.Header, $"10.20.{signIn / 250 % 250}.{(signIn % 250) + 1}")]);
        await tab.SignInAsync(site.Portal, email);
        return await tab.Context.StorageStateAsync();
    }

}
