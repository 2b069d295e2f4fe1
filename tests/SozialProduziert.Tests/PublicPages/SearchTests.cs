using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>/suche: German-aware, grouped by kind of content, public items only.</summary>
public class SearchTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Without_a_query_the_page_shows_the_form_and_a_hint_and_searches_nothing(string query)
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Build()));

        var page = await SearchResultsPage.LoadAsync(portal.CreateClient(), query);

        Assert.Equal("Suche", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.NotNull(page.Document.QuerySelector("main form[method=get][action='/suche'] label[for=search-q]"));
        Assert.Contains("Geben Sie einen Suchbegriff ein", page.Html, StringComparison.Ordinal);
        Assert.Null(page.Status);
        Assert.Empty(page.Titles);
    }

    [Fact]
    public async Task The_search_page_asks_search_engines_not_to_index_it()
    {
        await using var portal = new PortalFactory();

        var page = await SearchResultsPage.LoadAsync(portal.CreateClient(), "holz");

        Assert.Contains("noindex", page.Document.QuerySelector("meta[name=robots]")?.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Büromöbel aus Restholz", "Buero")]
    [InlineData("Büromöbel aus Restholz", "BÜRO")]
    [InlineData("BUEROMOEBEL aus Restholz", "büro")]
    [InlineData("Straßenmöblierung aus Altholz", "strasse")]
    [InlineData("Strassenfest-Bänke", "Straße")]
    public async Task Search_ignores_case_and_umlaut_spelling(string title, string query)
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled(title).Build()));

        var page = await SearchResultsPage.LoadAsync(portal.CreateClient(), query);

        Assert.Equal([title], page.TitlesIn("praxisbeispiele"));
        Assert.Equal($"1 Treffer für „{query}“", page.Status);
    }

    [Fact]
    public async Task Every_word_of_the_query_must_occur()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(
            new ExampleBuilder().Titled("Taschen aus Planen").WithTeaser("Genäht in Amstetten.").Build(),
            new ExampleBuilder().Titled("Taschen aus Filz").WithTeaser("Genäht in Baden.").Build()));

        var page = await SearchResultsPage.LoadAsync(portal.CreateClient(), "taschen amstetten");

        Assert.Equal(["Taschen aus Planen"], page.Titles);
    }

    [Fact]
    public async Task Each_kind_of_content_is_found_and_shown_in_its_own_group_linking_to_its_page()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db =>
        {
            var enterprise = new SocialEnterpriseBuilder().Titled("Werkstatt Kürbiskern").WithSlug("werkstatt-kuerbiskern").Build();
            db.AddRange(
                new ExampleBuilder().Titled("Kürbiskern-Öl im Geschenkkarton").WithSlug("kuerbiskernoel").Build(),
                enterprise,
                new OfferBuilder().Titled("Kürbiskern-Knabbermischung").WithSlug("knabbermischung").By(enterprise).Build(),
                new PartnerBuilder().Titled("Ölmühle Kürbiskern").WithSlug("oelmuehle").Build());
        });

        var page = await SearchResultsPage.LoadAsync(portal.CreateClient(), "kuerbiskern");

        Assert.Equal(["/praxisbeispiele/kuerbiskernoel"], page.LinksIn("praxisbeispiele"));
        Assert.Equal(["/sozialbetriebe/werkstatt-kuerbiskern"], page.LinksIn("sozialbetriebe"));
        Assert.Equal(["/angebote/knabbermischung"], page.LinksIn("angebote"));
        Assert.Equal(["/auslage/oelmuehle"], page.LinksIn("partner"));
        Assert.Equal(["Praxisbeispiele", "Sozialbetriebe", "Angebote", "Partner"], page.Document.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.Equal("4 Treffer für „kuerbiskern“", page.Status);
    }

    [Fact]
    public async Task Items_with_the_query_in_their_title_come_first_then_the_others_each_newest_first()
    {
        await using var portal = new PortalFactory();
        foreach (var example in new[]
        {
            new ExampleBuilder().Titled("Bunte Filzmatten").Build(),
            new ExampleBuilder().Titled("Aalto-Regale").WithTeaser("Mit Filz bezogen.").Build(),
            new ExampleBuilder().Titled("Zeltplanen-Filz").Build(),
            new ExampleBuilder().Titled("Wandbehänge").WithTeaser("Aus Filzresten.").Build(),
        })
        {
            // One at a time, so the ids (newest = highest) follow this order.
            await portal.WithDbAsync(db => db.Add(example));
        }

        var page = await SearchResultsPage.LoadAsync(portal.CreateClient(), "filz");

        Assert.Equal(["Zeltplanen-Filz", "Bunte Filzmatten", "Wandbehänge", "Aalto-Regale"], page.TitlesIn("praxisbeispiele"));
    }

    [Theory]
    [InlineData("filz")]
    [InlineData("filz xy")]
    public async Task Older_title_hits_still_come_first_when_more_than_100_newer_items_match_elsewhere(string query)
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(Enumerable.Range(1, 3).Select(i => new ExampleBuilder().Titled($"Filzpantoffel {i}").WithTeaser("Größe XY.").Build())));
        await portal.WithDbAsync(db => db.AddRange(
            Enumerable.Range(1, 105).Select(i => new ExampleBuilder().Titled($"Hausschuh {i:000}").WithTeaser("Aus Filz, Größe XY.").Build())));

        var page = await SearchResultsPage.LoadAsync(portal.CreateClient(), query);

        Assert.Equal(
            ["Filzpantoffel 3", "Filzpantoffel 2", "Filzpantoffel 1", .. Enumerable.Range(99, 7).Reverse().Select(i => $"Hausschuh {i:000}")],
            page.TitlesIn("praxisbeispiele"));
    }

    [Fact]
    public async Task Over_100_matches_a_group_says_more_than_100_and_still_links_to_the_filtered_list()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(Enumerable.Range(1, SearchService.CountCap + 1).Select(i => new ExampleBuilder().Titled($"Upcycling-Projekt {i:000}").Build())));
        await portal.WithDbAsync(db => db.Add(new PartnerBuilder().Titled("Upcycling-Projekt-Partner").Build()));

        var page = await SearchResultsPage.LoadAsync(portal.CreateClient(), "Upcycling Projekt");

        Assert.Equal(SearchService.GroupSize, page.TitlesIn("praxisbeispiele").Count);
        Assert.Equal("Die ersten 10 von mehr als 100 Treffern", page.Group("praxisbeispiele")?.QuerySelector(".search-group__count")?.TextContent);
        var all = page.Group("praxisbeispiele")?.QuerySelectorAll("a").Single(a => a.TextContent == "Mehr als 100 Treffer in Praxisbeispiele");
        Assert.Equal("/praxisbeispiele?q=Upcycling%20Projekt", all?.GetAttribute("href"));
        Assert.Equal("1 Treffer", page.Group("partner")?.QuerySelector(".search-group__count")?.TextContent);
        Assert.Equal("Mehr als 100 Treffer für „Upcycling Projekt“", page.Status);
    }

    [Fact]
    public async Task Exactly_100_matches_are_counted_in_full()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(Enumerable.Range(1, SearchService.CountCap).Select(i => new ExampleBuilder().Titled($"Upcycling-Projekt {i:000}").Build())));

        var page = await SearchResultsPage.LoadAsync(portal.CreateClient(), "Upcycling");

        Assert.Equal("Die ersten 10 von 100 Treffern", page.Group("praxisbeispiele")?.QuerySelector(".search-group__count")?.TextContent);
        Assert.Single(page.Group("praxisbeispiele")?.QuerySelectorAll("a").Where(a => a.TextContent == "Alle 100 Treffer in Praxisbeispiele") ?? []);
        Assert.Equal("100 Treffer für „Upcycling“", page.Status);
    }

    [Fact]
    public async Task A_group_shows_at_most_ten_hits_with_the_full_count_and_a_link_to_the_filtered_list()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(Enumerable.Range(1, 12).Select(i => new ExampleBuilder().Titled($"Upcycling-Projekt {i:00}").Build())));

        var page = await SearchResultsPage.LoadAsync(portal.CreateClient(), "Upcycling Projekt");

        Assert.Equal(SearchService.GroupSize, page.TitlesIn("praxisbeispiele").Count);
        Assert.Equal("Die ersten 10 von 12 Treffern", page.Group("praxisbeispiele")?.QuerySelector(".search-group__count")?.TextContent);
        var all = page.Group("praxisbeispiele")?.QuerySelectorAll("a").Single(a => a.TextContent == "Alle 12 Treffer in Praxisbeispiele");
        Assert.Equal("/praxisbeispiele?q=Upcycling%20Projekt", all?.GetAttribute("href"));
        Assert.Equal("12 Treffer für „Upcycling Projekt“", page.Status);
    }

    [Fact]
    public async Task A_query_without_hits_says_so_and_offers_the_lists()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Build()));

        var page = await SearchResultsPage.LoadAsync(portal.CreateClient(), "Zeppelin");

        Assert.Equal("Keine Treffer für „Zeppelin“", page.Status);
        Assert.Empty(page.Document.QuerySelectorAll("section.search-group"));
        Assert.NotNull(page.Document.QuerySelector("main .empty a[href='/sozialbetriebe']"));
    }

    [Fact]
    public async Task Drafts_archived_and_scheduled_items_and_offers_of_hidden_Sozialbetriebe_are_never_found()
    {
        await using var portal = new PortalFactory();
        var future = DateTime.UtcNow.AddYears(1);
        await portal.WithDbAsync(db =>
        {
            var hidden = new SocialEnterpriseBuilder().Titled("Verborgen Sichtbarkeitstest Betrieb").Draft().Build();
            static T Trashed<T>(T item)
                where T : PublishableContent
            {
                item.DeletedAt = DateTime.UtcNow.AddDays(-1);
                return item;
            }

            db.AddRange(
                new ExampleBuilder().Titled("Sichtbarkeitstest Beispiel").Build(),
                new ExampleBuilder().Titled("Sichtbarkeitstest Entwurf").Draft().Build(),
                new ExampleBuilder().Titled("Sichtbarkeitstest Archiv").Archived().Build(),
                new ExampleBuilder().Titled("Sichtbarkeitstest Zukunft").ScheduledFor(future).Build(),
                new SocialEnterpriseBuilder().Titled("Sichtbarkeitstest Archivbetrieb").Archived().Build(),
                new SocialEnterpriseBuilder().Titled("Sichtbarkeitstest Zukunftsbetrieb").ScheduledFor(future).Build(),
                new OfferBuilder().Titled("Sichtbarkeitstest Angebot").Build(),
                new OfferBuilder().Titled("Sichtbarkeitstest Angebot im Entwurf").Draft().Build(),
                new OfferBuilder().Titled("Sichtbarkeitstest Angebot eines verborgenen Betriebs").By(hidden).Build(),
                new OfferBuilder().Titled("Sichtbarkeitstest Angebot eines künftigen Betriebs")
                    .By(new SocialEnterpriseBuilder().ScheduledFor(future).Build()).Build(),
                new OfferBuilder().Titled("Sichtbarkeitstest Angebot im Archiv").Archived().Build(),
                new OfferBuilder().Titled("Sichtbarkeitstest künftiges Angebot").ScheduledFor(future).Build(),
                Trashed(new OfferBuilder().Titled("Sichtbarkeitstest Angebot im Papierkorb").Build()),
                new OfferBuilder().Titled("Sichtbarkeitstest Angebot eines archivierten Betriebs")
                    .By(new SocialEnterpriseBuilder().Archived().Build()).Build(),
                new OfferBuilder().Titled("Sichtbarkeitstest Angebot eines Betriebs im Papierkorb")
                    .By(Trashed(new SocialEnterpriseBuilder().Build())).Build(),
                Trashed(new ExampleBuilder().Titled("Sichtbarkeitstest Beispiel im Papierkorb").Build()),
                Trashed(new SocialEnterpriseBuilder().Titled("Sichtbarkeitstest Betrieb im Papierkorb").Build()),
                new PartnerBuilder().Titled("Sichtbarkeitstest Partner").Build(),
                new PartnerBuilder().Titled("Sichtbarkeitstest Partner im Archiv").Archived().Build(),
                new PartnerBuilder().Titled("Sichtbarkeitstest Partnerentwurf").Draft().Build(),
                new PartnerBuilder().Titled("Sichtbarkeitstest künftiger Partner").ScheduledFor(future).Build(),
                Trashed(new PartnerBuilder().Titled("Sichtbarkeitstest Partner im Papierkorb").Build()));
        });

        var page = await SearchResultsPage.LoadAsync(portal.CreateClient(), "sichtbarkeitstest");

        Assert.Equal(["Sichtbarkeitstest Beispiel"], page.TitlesIn("praxisbeispiele"));
        Assert.Empty(page.TitlesIn("sozialbetriebe"));
        Assert.Equal(["Sichtbarkeitstest Angebot"], page.TitlesIn("angebote"));
        Assert.Equal(["Sichtbarkeitstest Partner"], page.TitlesIn("partner"));
        Assert.Equal("3 Treffer für „sichtbarkeitstest“", page.Status);
        Assert.Null(page.Group("sozialbetriebe"));
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("\" OR \"\"=\"")]
    [InlineData("'; DROP TABLE Examples; --")]
    [InlineData("%")]
    [InlineData("%%")]
    [InlineData("_")]
    [InlineData("__")]
    [InlineData("[a-z]")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    [InlineData("\u0001\u0007\u001b[31m\u007f")]
    [InlineData("Holz\u202Eztloh")]
    [InlineData("Xylo\u0000phon")]
    [InlineData("praxis*")]
    [InlineData("(praxisbeispiel")]
    [InlineData("^praxisbeispiel")]
    [InlineData("praxisbeispiel OR zeppelin")]
    [InlineData("NEAR(praxisbeispiel zeppelin)")]
    [InlineData("SearchText:praxisbeispiel")]
    [InlineData("SortName : zeppelin praxisbeispiel")]
    [InlineData("{SortName SearchText}:praxisbeispiel")]
    public async Task Hostile_queries_answer_200_find_nothing_and_are_never_reflected_unescaped(string query)
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(new ExampleBuilder().Build(), new PartnerBuilder().Build(), new OfferBuilder().Build()));

        var page = await SearchResultsPage.LoadAsync(portal.CreateClient(), query);

        Assert.Empty(page.Titles);
        Assert.DoesNotContain("<script>alert", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(page.Html, c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        Assert.DoesNotContain('\u202E', page.Html);
        Assert.Empty(page.Document.QuerySelectorAll("main script, main img"));
        Assert.Equal(1, await portal.WithDbAsync(db => db.Examples.CountAsync()));
    }

    [Fact]
    public async Task A_5000_character_query_is_cut_to_100_characters_and_answers_200()
    {
        await using var portal = new PortalFactory();

        var page = await SearchResultsPage.LoadAsync(portal.CreateClient(), new string('x', 4990) + " Büro");

        Assert.Equal(new string('x', 100), page.InputValue);
        Assert.Equal($"Keine Treffer für „{new string('x', 100)}“", page.Status);
    }

    [Theory]
    [InlineData("50%", "Rabatt ab 50% Abnahme")]
    [InlineData("holz_art", "Sortiert nach holz_art")]
    public async Task Percent_and_underscore_match_only_themselves_not_as_wildcards(string query, string literal)
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(
            new ExampleBuilder().Titled("Wörtlich").WithTeaser(literal).Build(),
            new ExampleBuilder().Titled("Platzhalter 1").WithTeaser("Rabatt ab 500 Stück, sortiert nach holzkart und holzart").Build(),
            new ExampleBuilder().Titled("Platzhalter 2").WithTeaser("50 Stück, 5000 Teile, holz-art").Build()));

        var page = await SearchResultsPage.LoadAsync(portal.CreateClient(), query);

        Assert.Equal(["Wörtlich"], page.Titles);
    }

    [Fact]
    public async Task Search_results_page_has_one_h1_and_headings_in_order()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(new ExampleBuilder().Titled("Ordnung im Lager").Build(), new PartnerBuilder().Titled("Lagerhaus Ordnung").Build()));

        using var response = await portal.CreateClient().GetAsync(new Uri("/suche?q=ordnung", UriKind.Relative));
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var levels = document.QuerySelectorAll("main h1, main h2, main h3").Select(h => int.Parse(h.TagName[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} followed by h{pair.Second}"));
        Assert.Empty(document.QuerySelectorAll("main [aria-live], main [role=status]"));
    }
}
