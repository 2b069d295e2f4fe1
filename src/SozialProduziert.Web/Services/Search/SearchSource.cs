using System.Data.Common;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Search;

namespace SozialProduziert.Web.Services.Search;

/// <summary>
/// One kind of content the search shows as a group. The four (<see cref="SearchSources"/>) differ only in their table,
/// who may see an item and what a hit shows; matching, counting and ranking are the same for all
/// (<see cref="SqliteSearch"/> on SQLite, <see cref="SearchRanking"/> elsewhere).
/// </summary>
/// <param name="Key">Stable key for the section's id, e.g. "praxisbeispiele".</param>
/// <param name="Heading">The group's heading, e.g. "Praxisbeispiele".</param>
/// <param name="Table">The content table; every statement calls its row <c>c</c>.</param>
/// <param name="ListPath">The public list the group links to.</param>
/// <param name="UnfilteredListLabel">
/// Set where that list has no text filter: the link then names the whole list instead of promising the hits.
/// </param>
/// <param name="Visibility">
/// <see cref="PublicQueries.IsVisible{T}"/> in SQL over <c>c</c> with the parameter <c>@now</c>, and what else makes an
/// item public (an offer's Sozialbetrieb must be public too).
/// </param>
/// <param name="Details">
/// SELECT of <c>c."Id"</c> and the columns a hit shows, from <c>c</c> and what it joins; the WHERE is added. Plain SQL
/// that SQLite and SQL Server both run.
/// </param>
/// <param name="ReadHit">The hit from a row of <paramref name="Details"/>.</param>
/// <param name="Visible">The same visibility in LINQ, for the database without the search index.</param>
public sealed record SearchSource(
    string Key,
    string Heading,
    string Table,
    string ListPath,
    string? UnfilteredListLabel,
    string Visibility,
    string Details,
    Func<DbDataReader, MarkdownRenderer, SearchHitViewModel> ReadHit,
    Func<AppDbContext, DateTime, IQueryable<PublishableContent>> Visible)
{
    /// <summary><see cref="PublicQueries.IsVisible{T}"/> in SQL, for the row called <paramref name="alias"/>.</summary>
    public static string IsVisible(string alias) =>
        $"""{alias}."DeletedAt" IS NULL AND {alias}."State" = {(int)PublishState.Published} AND {alias}."PublishAt" <= @now""";
}
