using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Matching;

namespace SozialProduziert.Tests.Inquiries;

/// <summary>Matching suggestions for a need: fit of fields and offers first, distance second, each with its reason.</summary>
public class MatchingTests
{
    [Fact]
    public async Task A_textile_upcycling_need_in_Amstetten_ranks_the_textile_workshop_there_above_a_metal_workshop_elsewhere()
    {
        await using var portal = new PortalFactory();
        var ids = await portal.WithDbAsync(async db =>
        {
            var textile = new SocialEnterpriseBuilder().Titled("Nähwerkstatt Ybbstal").InDistrict("Amstetten").InFieldsOfWork(await db.FieldOfWorkAsync("Textil")).Build();
            var metal = new SocialEnterpriseBuilder().Titled("Schlosserei Waldviertel").InDistrict("Gmünd").InFieldsOfWork(await db.FieldOfWorkAsync("Metall")).Build();
            var hidden = new SocialEnterpriseBuilder().Titled("Textilwerkstatt im Entwurf").InDistrict("Amstetten").InFieldsOfWork(await db.FieldOfWorkAsync("Textil")).Draft().Build();
            var trashed = new SocialEnterpriseBuilder().Titled("Textilwerkstatt im Papierkorb").InDistrict("Amstetten").InFieldsOfWork(await db.FieldOfWorkAsync("Textil")).Build();
            trashed.DeletedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            db.AddRange(textile, metal, hidden, trashed,
                new OfferBuilder().Titled("Taschen aus alten Planen").InFieldOfWork("Textil").By(textile).Build(),
                new OfferBuilder().Titled("Geländer nach Maß").InFieldOfWork("Metall").By(metal).Build());
            await db.SaveChangesAsync();
            return (Textile: textile.Id, Metal: metal.Id);
        });
        await portal.CreateBrowser().SubmitFormAsync("/bedarf", InquiryForms.Need(ReferenceData.DistrictId("Amstetten")));
        var needId = await portal.WithDbAsync(db => db.Inquiries.Select(i => i.Id).SingleAsync());
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        var page = await staff.OpenAsync($"/admin/anfragen/{needId}");
        var suggestions = page.Document.QuerySelectorAll(".suggestion-list li")
            .Select(li => (Name: li.QuerySelector("strong")!.TextContent, Reason: li.QuerySelector(".suggestion-list__reason")!.TextContent)).ToList();

        Assert.Equal(["Nähwerkstatt Ybbstal", "Schlosserei Waldviertel"], suggestions.Select(s => s.Name));
        Assert.Equal("Feld Textil passt; Angebot „Taschen aus alten Planen“ passt; gleicher Bezirk", suggestions[0].Reason);
        Assert.Matches("^kein passendes Arbeitsfeld; [0-9]+ km entfernt$", suggestions[1].Reason);

        // One click takes the suggestion: assigned, in brokering, and no longer suggested.
        using var taken = await staff.SubmitFormAsync($"/admin/anfragen/{needId}/zuweisen", new() { ["socialEnterpriseId"] = ids.Textile.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/admin/anfragen/{needId}");
        var after = await staff.OpenAsync($"/admin/anfragen/{needId}");

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var need = await portal.WithDbAsync(db => db.Inquiries.Include(i => i.Assignments).SingleAsync());
        Assert.Equal(InquiryStatus.Brokering, need.Status);
        Assert.Equal([ids.Textile], need.Assignments.Select(a => a.SocialEnterpriseId));
        Assert.Contains("Nähwerkstatt Ybbstal", after.Document.QuerySelector(".assignment-list")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Schlosserei Waldviertel"], after.Document.QuerySelectorAll(".suggestion-list li strong").Select(s => s.TextContent));
    }

    [Theory]
    [InlineData("Stoffreste aus der Polsterei", "Textil")]
    [InlineData("Alte Werbebanner verwerten", "Textil")]
    [InlineData("LKW-Planen zu Taschen", "Textil")]
    [InlineData("Reststoffe aus der Produktion", "Upcycling")]
    [InlineData("Kuvertieren und Versand von 5000 Briefen", "Lettershop & Versand")]
    [InlineData("Rasenmähen im Gemeindepark", "Grünraumpflege")]
    [InlineData("Alte Laptops aufbereiten", "IT-Refurbishing")]
    public void Words_in_the_need_ask_for_the_right_field_of_work(string text, string field) =>
        Assert.Contains(field, FieldKeywords.FieldsAskedFor(FieldKeywords.Words(text), Web.Data.Seed.ReferenceDataSeeder.DefaultFieldsOfWork));

    [Fact]
    public void Reststoffe_alone_do_not_make_a_need_textile()
    {
        var asked = FieldKeywords.FieldsAskedFor(FieldKeywords.Words("Reststoffe aus der Kunststoffproduktion"), Web.Data.Seed.ReferenceDataSeeder.DefaultFieldsOfWork);

        Assert.DoesNotContain("Textil", asked);
    }

    [Fact]
    public void Among_equally_fitting_Sozialbetriebe_the_nearer_one_ranks_first()
    {
        var need = new MatchNeed(FieldKeywords.Words("Holzkisten"), 1, 48.12, 14.87);
        var near = new MatchCandidate(1, "Nah", "nah", "A", 48.20, 15.00, 2, ["Holz"], []);
        var far = new MatchCandidate(2, "Fern", "fern", "B", 48.75, 16.50, 3, ["Holz"], []);

        var ranked = MatchScoring.Rank(need, [far, near], ["Holz", "Metall"], 5);

        Assert.Equal(["Nah", "Fern"], ranked.Select(r => r.Name));
        Assert.StartsWith("Feld Holz passt; ", ranked[0].Reason, StringComparison.Ordinal);
    }
}
