using System.Text;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.Search;

namespace SozialProduziert.Web.Services.Search;

/// <summary>The four groups of the search page, in the order they are shown.</summary>
public static class SearchSources
{
    private const int SummaryLength = 220;

    public static IReadOnlyList<SearchSource> All { get; } = [Examples(), SocialEnterprises(), Offers(), Partners()];

    private static SearchSource Examples() => new(
        "praxisbeispiele", "Praxisbeispiele", "Examples", "/praxisbeispiele", null,
        SearchSource.IsVisible("c"),
        """SELECT c."Id", c."Slug", c."Title", c."Teaser", c."OutputType", c."YearFrom", c."YearTo", c."IsOngoing" FROM "Examples" c""",
        (row, _) => new SearchHitViewModel(
            row.GetString(2),
            "/praxisbeispiele/" + row.GetString(1),
            Facts(((OutputType)row.GetInt32(4)).Label(), YearLabel.Format(row.GetInt32(5), row.IsDBNull(6) ? null : row.GetInt32(6), row.GetBoolean(7))),
            row.GetString(3)),
        (db, now) => db.Examples.PubliclyVisible(now));

    private static SearchSource SocialEnterprises() => new(
        "sozialbetriebe", "Sozialbetriebe", "SocialEnterprises", "/sozialbetriebe", null,
        SearchSource.IsVisible("c"),
        """
        SELECT c."Id", c."Slug", c."Name", c."Teaser", c."Segment", COALESCE(c."Town", d."Name")
        FROM "SocialEnterprises" c JOIN "Districts" d ON d."Id" = c."DistrictId"
        """,
        (row, _) => new SearchHitViewModel(
            row.GetString(2), "/sozialbetriebe/" + row.GetString(1), Facts(((LabourMarketSegment)row.GetInt32(4)).Label(), row.GetString(5)), row.GetString(3)),
        (db, now) => db.SocialEnterprises.PubliclyVisible(now));

    private static SearchSource Offers() => new(
        "angebote", "Angebote", "Offers", "/angebote", null,
        $"""
        {SearchSource.IsVisible("c")}
        AND EXISTS (SELECT 1 FROM "SocialEnterprises" s INDEXED BY "{SqliteSearchIndex.FilterIndex("SocialEnterprises")}" WHERE s."Id" = c."SocialEnterpriseId" AND {SearchSource.IsVisible("s")})
        """,
        """
        SELECT c."Id", c."Slug", c."Title", c."DescriptionMarkdown", c."Kind", w."Name", e."Name"
        FROM "Offers" c JOIN "FieldsOfWork" w ON w."Id" = c."FieldOfWorkId" JOIN "SocialEnterprises" e ON e."Id" = c."SocialEnterpriseId"
        """,
        (row, markdown) => new SearchHitViewModel(
            row.GetString(2),
            "/angebote/" + row.GetString(1),
            Facts(((OfferKind)row.GetInt32(4)).Label(), row.GetString(5), "von " + row.GetString(6)),
            Excerpt(markdown.ToPlainText(row.GetString(3)))),
        (db, now) => db.Offers.PubliclyVisibleOffers(db.SocialEnterprises, now));

    private static SearchSource Partners() => new(
        "partner", "Partner", "Partners", "/auslage", "Alle Partner in der virtuellen Auslage",
        SearchSource.IsVisible("c"),
        """
        SELECT c."Id", c."Slug", c."Name", c."Teaser", c."Kind", c."Sector", d."Name"
        FROM "Partners" c JOIN "Districts" d ON d."Id" = c."DistrictId"
        """,
        (row, _) => new SearchHitViewModel(
            row.GetString(2),
            "/auslage/" + row.GetString(1),
            Facts(((PartnerKind)row.GetInt32(4)).Label(), row.IsDBNull(5) ? null : row.GetString(5), row.GetString(6)),
            row.GetString(3)),
        (db, now) => db.Partners.PubliclyVisible(now));

    private static string Facts(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>The text with its white space collapsed, cut after a word before <see cref="SummaryLength"/> characters.</summary>
    private static string Excerpt(string plainText)
    {
        // Reads only as far as the excerpt reaches: an offer's description runs to thousands of characters.
        var text = new StringBuilder(SummaryLength + 2);
        var space = false;
        foreach (var c in plainText)
        {
            if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
                continue;
            }

            text.Append(space ? " " : "").Append(c);
            space = false;
            if (text.Length > SummaryLength)
            {
                break;
            }
        }

        if (text.Length <= SummaryLength)
        {
            return text.ToString();
        }

        var cut = text.ToString().LastIndexOf(' ', SummaryLength);
        return text.ToString(0, cut > SummaryLength / 2 ? cut : SummaryLength) + " …";
    }
}
