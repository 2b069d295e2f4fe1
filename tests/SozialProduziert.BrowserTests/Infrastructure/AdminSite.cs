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
    /// trashed, staff, and those of AdminSite.Personal.cs.
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

    private static Task Edit(Action change)
    {
        change();
        return Task.CompletedTask;
    }

    private static async Task<string> SignedInStateAsync(BrowserSuite suite, LiveSite site, string email)
    {
        await using var tab = await suite.OpenTabAsync(site);
        await tab.SignInAsync(site.Portal, email);
        return await tab.Context.StorageStateAsync();
    }
}
