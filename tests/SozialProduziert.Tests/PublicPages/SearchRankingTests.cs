using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.Services.Search;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>
/// SQL Server has no trigram index and counts and ranks in LINQ (<see cref="SearchRanking"/>). It cannot run here, but
/// its LINQ runs on SQLite too: on the same data it must give what the index-driven <see cref="SqliteSearch"/> gives.
/// </summary>
public class SearchRankingTests
{
    [Theory]
    [InlineData("filz")]
    [InlineData("filz matte")]
    [InlineData("filz xy")]
    [InlineData("xy")]
    [InlineData("zeppelin")]
    public async Task The_LINQ_ranking_for_SQL_Server_counts_and_orders_like_the_SQLite_index(string query)
    {
        await using var portal = new PortalFactory();
        var now = DateTime.UtcNow;
        await portal.WithDbAsync(db =>
        {
            var hidden = new SocialEnterpriseBuilder().Titled("Filzerei XY im Entwurf").Draft().Build();
            db.AddRange(Enumerable.Range(1, 4).Select(i => new ExampleBuilder().Titled($"Filzmatte {i}").WithTeaser("Größe XY.").Build()));
            db.Add(new ExampleBuilder().Titled("Filzhut").WithTeaser("Größe XY.").Build());
            db.AddRange(Enumerable.Range(1, 110).Select(i => new ExampleBuilder().Titled($"Hausschuh {i}").WithTeaser("Aus Filz, Größe XY, mit Matte.").Build()));
            db.Add(new ExampleBuilder().Titled("Filzmatte im Entwurf XY").Draft().Build());
            db.Add(new ExampleBuilder().Titled("Künftige Filzmatte XY").ScheduledFor(now.AddDays(1)).Build());
            db.AddRange(Enumerable.Range(1, 12).Select(i => new OfferBuilder().Titled(i % 3 == 0 ? $"Filzmatte XY {i}" : $"Untersetzer {i}").WithDescription("Aus Filz, XY-Matte.").Build()));
            db.Add(new OfferBuilder().Titled("Filzmatte XY eines verborgenen Betriebs").By(hidden).Build());
            db.Add(new SocialEnterpriseBuilder().Titled("Filzwerkstatt XY Matte").Build());
            db.Add(new PartnerBuilder().Titled("Matten-Handel XY").Build());
        });

        var (indexed, linq) = await portal.WithDbAsync(async db =>
        {
            var terms = TextSearch.Terms(query);
            var indexed = await (await SqliteSearch.CreateAsync(db, terms, now, CancellationToken.None)).RankAsync(SearchSources.All, CancellationToken.None);
            var linq = await SearchRanking.RankAsync(db, SearchSources.All, query, terms, now, CancellationToken.None);
            return (indexed, linq);
        });

        Assert.Equal(Describe(indexed), Describe(linq));
        if (query != "zeppelin")
        {
            Assert.Contains(indexed, group => group.Count > 0);
        }
    }

    private static List<string> Describe(IEnumerable<GroupMatches> groups) =>
        groups.Select(g => $"{g.Count}: {string.Join(", ", g.Ids)}").ToList();
}
