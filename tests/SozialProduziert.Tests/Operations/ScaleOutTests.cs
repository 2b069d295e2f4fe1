using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Admin;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Operations;

/// <summary>
/// Two web server processes on one database and one Redis, as behind a load balancer: a sign-in on A is valid on
/// B (one Data Protection key ring, in the database); a page one renders the other serves from Redis; content
/// published or edited on A shows on B at once (A's eviction reaches the shared cache). With each process caching
/// in its own memory instead, B goes on serving its stale list and the test fails. Each process has its own HOME, so the file-system key
/// store ASP.NET Core would otherwise fall back to is not shared.
/// </summary>
public sealed class ScaleOutTests : IDisposable
{
    private static readonly HtmlParser Parser = new();

    private readonly string _folder = Directory.CreateTempSubdirectory("sozialproduziert-scale-out-").FullName;

    [RedisFact]
    public async Task Two_instances_on_one_database_and_one_Redis_share_sign_ins_published_content_and_evictions()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var portal = new PortalFactory();
        var email = "redaktion@komunitas.example";
        await portal.CreateStaffAsync(email, Roles.Editor);
        await using var a = await RunningApp.StartAsync(Instance(portal, redis, "a"));
        await using var b = await RunningApp.StartAsync(Instance(portal, redis, "b"));

        var (staffOnA, browserOnA) = ProxiedBrowser.For(a);
        await staffOnA.SignInAsync(portal, email);
        var (staffOnB, _) = ProxiedBrowser.For(b, browserOnA.Cookies);
        using var dashboardOnB = await staffOnB.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, dashboardOnB.StatusCode);
        Assert.Equal(1, await portal.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));

        // One cache for both: the list B rendered is served to A's visitors from Redis.
        var (visitorOnA, _) = ProxiedBrowser.For(a);
        var (visitorOnB, _) = ProxiedBrowser.For(b);
        Assert.DoesNotContain("Tischlerei Holzwurm", await TextAsync(visitorOnB, "/auslage"), StringComparison.Ordinal);
        Assert.True(await visitorOnA.IsServedFromCacheAsync("/auslage"));
        using var drafted = await staffOnA.SubmitMultipartAsync("/admin/partner/neu", Partner("Tischlerei Holzwurm", PublishState.Draft, version: null), null);
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var id = await portal.WithDbAsync(db => db.Partners.Where(p => p.Slug == "tischlerei-holzwurm").Select(p => p.Id).SingleAsync());
        await portal.ApproveShowcaseAsync(id);
        using var published = await staffOnA.SubmitMultipartAsync($"/admin/partner/{id}", Partner("Tischlerei Holzwurm", PublishState.Published, version: 0), null);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Tischlerei Holzwurm", await TextAsync(visitorOnB, "/auslage"), StringComparison.Ordinal);
        Assert.Contains("Tischlerei Holzwurm", await TextAsync(visitorOnB, "/auslage/tischlerei-holzwurm"), StringComparison.Ordinal);
        Assert.True(await visitorOnB.IsServedFromCacheAsync("/auslage/tischlerei-holzwurm"), "B has the page cached before A edits it.");

        // The firm approves the renamed version before staff publish it (issue 7: no unapproved version goes live).
        await portal.WithDbAsync(async db =>
        {
            var renamed = await db.Partners.AsNoTracking().SingleAsync(p => p.Id == id);
            renamed.Name = "Tischlerei Holzwurm & Töchter";
            db.ApproveShowcase(renamed);
        });
        using var edited = await staffOnA.SubmitMultipartAsync($"/admin/partner/{id}", Partner("Tischlerei Holzwurm & Töchter", PublishState.Published, version: 1), null);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains("Tischlerei Holzwurm &amp; Töchter", await TextAsync(visitorOnB, "/auslage/tischlerei-holzwurm"), StringComparison.Ordinal);
        Assert.Contains("Tischlerei Holzwurm &amp; Töchter", await TextAsync(visitorOnB, "/auslage"), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Dictionary<string, string> Instance(PortalFactory portal, RedisServer redis, string name) => new()
    {
        ["Database__Provider"] = "Sqlite",
        ["ConnectionStrings__Default"] = portal.ConnectionString,
        ["Redis__Configuration"] = redis.Configuration,
        ["HOME"] = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName,
    };

    private static async Task<string> TextAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return Parser.ParseDocument(html).QuerySelector("main")?.InnerHtml ?? html;
    }

    private static Dictionary<string, string> Partner(string name, PublishState state, int? version)
    {
        var fields = new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Slug"] = "tischlerei-holzwurm",
            ["State"] = state.ToString(),
            ["Kind"] = "unternehmen",
            ["DistrictId"] = ReferenceData.DefaultDistrictId.ToString(CultureInfo.InvariantCulture),
            ["Sector"] = "",
            ["Website"] = "",
            ["Teaser"] = "Ein regionaler Betrieb, der mit Sozialbetrieben zusammenarbeitet.",
            ["ShowcaseMarkdown"] = "Wir vergeben Aufträge an **Sozialbetriebe**.",
            ["ProgrammeId"] = "",
            ["PublishAtLocal"] = "",
        };
        if (version is { } v)
        {
            fields["Version"] = v.ToString(CultureInfo.InvariantCulture);
        }

        return fields;
    }
}
