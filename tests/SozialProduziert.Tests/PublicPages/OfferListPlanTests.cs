using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>
/// Public offers come from their own visibility index (docs/performance.md, "Offer lists"): the list reads it in list
/// order and stops after the page, and no query over all offers looks them up Sozialbetrieb by Sozialbetrieb, which
/// reads every public offer's row. SQLite chooses by its statistics, so each plan is asked with those of the
/// benchmark's portal (20,000 offers of 2,000 Sozialbetriebe): with the few rows of a test it would never look the
/// offers up by Sozialbetrieb, whatever the query.
/// </summary>
public class OfferListPlanTests
{
    private const string Visibility = "IX_Offer_Visibility";
    private const string OffersOfOneEnterprise = "IX_Offers_SocialEnterpriseId_State_DeletedAt_PublishAt";

    // A full ANALYZE of the benchmark data (bench/DataGenerator), for the two tables the offers' visibility reads.
    private const string LargePortalStatistics = """
        ANALYZE;
        DELETE FROM sqlite_stat1 WHERE tbl IN ('Offers', 'SocialEnterprises');
        INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
            ('Offers', 'IX_Offer_Visibility', '20000 6667 6667 50 1 1 1 1 1 1 1'),
            ('Offers', 'OffersSearchFilter', '20000 1 1 1 1 1 1'),
            ('Offers', 'IX_Offers_SocialEnterpriseId_State_DeletedAt_PublishAt', '20000 10 9 9 1'),
            ('Offers', 'IX_Offers_Slug', '20000 1'),
            ('Offers', 'IX_Offers_Kind', '20000 10000'),
            ('Offers', 'IX_Offers_FieldOfWorkId', '20000 1819'),
            ('Offers', 'IX_Offers_DeletedAt', '20000 20000'),
            ('SocialEnterprises', 'IX_SocialEnterprise_Visibility', '2000 667 667 2 1 1 1 1'),
            ('SocialEnterprises', 'SocialEnterprisesSearchFilter', '2000 1 1 1 1 1'),
            ('SocialEnterprises', 'IX_SocialEnterprises_Slug', '2000 1'),
            ('SocialEnterprises', 'IX_SocialEnterprises_Segment', '2000 500'),
            ('SocialEnterprises', 'IX_SocialEnterprises_LogoId', '2000 50'),
            ('SocialEnterprises', 'IX_SocialEnterprises_DistrictId', '2000 84'),
            ('SocialEnterprises', 'IX_SocialEnterprises_DeletedAt', '2000 2000');
        """;

    [Fact]
    public async Task The_offer_list_reads_its_page_from_the_visibility_index_in_list_order()
    {
        await using var portal = await PortalWithOffersAsync();
        using var counter = new SqlCommandCounter(portal.DatabasePath);

        await GetAsync(portal, "/angebote");

        var plan = await PlanWithLargePortalStatisticsAsync(portal, PageChoice(counter));
        // Equal on State and DeletedAt, then in the index's order; a range on PublishAt would leave the order to a sort.
        var pageChoice = Assert.Single(plan, step => step.Detail.EndsWith($"USING COVERING INDEX {Visibility} (State=? AND DeletedAt=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Parent == pageChoice.Parent && step.Detail == "USE TEMP B-TREE FOR ORDER BY");
        Assert.DoesNotContain(plan, step => step.Detail.Contains(OffersOfOneEnterprise, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_offer_list_filtered_by_a_field_of_work_tests_the_field_in_the_visibility_index()
    {
        await using var portal = await PortalWithOffersAsync();
        var field = await portal.WithDbAsync(db => db.Offers.Select(o => o.FieldOfWork!.Slug).FirstAsync());
        using var counter = new SqlCommandCounter(portal.DatabasePath);

        await GetAsync(portal, "/angebote?feld=" + field);

        var plan = await PlanWithLargePortalStatisticsAsync(portal, PageChoice(counter));
        Assert.Contains(plan, step => step.Detail.EndsWith($"USING COVERING INDEX {Visibility} (State=? AND DeletedAt=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Detail.Contains(OffersOfOneEnterprise, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sitemap_reads_the_public_offers_from_their_visibility_index()
    {
        await using var portal = await PortalWithOffersAsync();
        using var counter = new SqlCommandCounter(portal.DatabasePath);

        await GetAsync(portal, "/sitemap.xml");

        var offers = Assert.Single(counter.Commands, c => c.Sql.Contains("'/angebote/' ||", StringComparison.Ordinal));
        var plan = await PlanWithLargePortalStatisticsAsync(portal, offers);
        Assert.Contains(plan, step => step.Detail.Contains($"USING COVERING INDEX {Visibility}", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Detail.Contains(OffersOfOneEnterprise, StringComparison.Ordinal));
    }

    private static async Task<PortalFactory> PortalWithOffersAsync()
    {
        var portal = new PortalFactory { PageCache = false };
        await QueryCountCatalog.AddRoundAsync(portal, 3);
        return portal;
    }

    /// <summary>The plan SQLite makes for the command once the statistics say the portal is large (a new connection reads them).</summary>
    private static async Task<List<QueryPlan.Step>> PlanWithLargePortalStatisticsAsync(PortalFactory portal, ExecutedCommand command)
    {
        await using (var connection = await portal.OpenConnectionPastTheAppAsync())
        {
            await using var statistics = connection.CreateCommand();
            statistics.CommandText = LargePortalStatistics;
            await statistics.ExecuteNonQueryAsync();

            // A row for an index that no longer exists (renamed) would leave SQLite guessing, and the plans untested.
            await using var orphans = connection.CreateCommand();
            orphans.CommandText = """
                SELECT idx FROM sqlite_stat1 WHERE tbl IN ('Offers', 'SocialEnterprises')
                AND idx NOT IN (SELECT name FROM sqlite_master WHERE type = 'index')
                """;
            Assert.Null(await orphans.ExecuteScalarAsync());
        }

        return await QueryPlan.ExplainAsync(portal, command);
    }

    private static async Task GetAsync(PortalFactory portal, string path)
    {
        using var response = await portal.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The statement that chooses the page: the ids of its offers by title and id, with LIMIT and OFFSET.</summary>
    private static ExecutedCommand PageChoice(SqlCommandCounter counter) => Assert.Single(counter.Commands, c =>
        c.Sql.Contains("FROM \"Offers\" AS", StringComparison.Ordinal)
        && c.Sql.Contains("0\".\"SortName\", ", StringComparison.Ordinal)
        && c.Sql.Contains("LIMIT", StringComparison.Ordinal));
}
