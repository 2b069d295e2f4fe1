using SozialProduziert.Web.Services.Search;

namespace SozialProduziert.Tests.Services;

public class SearchQueryTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData(" \t\r\n ", "")]
    [InlineData("  Büro   Möbel ", "Büro Möbel")]
    [InlineData("Holz\u0000\u0007Platten", "Holz Platten")]
    [InlineData("Holz\u202E\u200Bplatten", "Holzplatten")]
    [InlineData("' OR 1=1 --", "' OR 1=1 --")]
    public void Normalize_trims_collapses_white_space_and_removes_control_and_format_characters(string? raw, string expected) =>
        Assert.Equal(expected, SearchQuery.Normalize(raw));

    [Fact]
    public void Normalize_cuts_long_queries_to_100_characters()
    {
        Assert.Equal(new string('a', SearchQuery.MaxLength), SearchQuery.Normalize(new string('a', 5000)));
    }

    [Fact]
    public void Normalize_never_cuts_a_surrogate_pair_in_half()
    {
        var normalized = SearchQuery.Normalize(new string('a', SearchQuery.MaxLength - 1) + "😀 Rest");

        Assert.Equal(new string('a', SearchQuery.MaxLength - 1), normalized);
    }
}
