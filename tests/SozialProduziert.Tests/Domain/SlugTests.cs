using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Domain;

public class SlugTests
{
    [Theory]
    [InlineData("Grünraumpflege & Straßenreinigung", "gruenraumpflege-strassenreinigung")]
    [InlineData("Äpfel, Öfen und Übungen", "aepfel-oefen-und-uebungen")]
    [InlineData("Gänserndorf", "gaenserndorf")]
    [InlineData("St. Pölten-Land", "st-poelten-land")]
    [InlineData("Café Crème", "cafe-creme")]
    [InlineData("IT-Refurbishing 2025", "it-refurbishing-2025")]
    public void From_transliterates_German_text_into_lower_case_words_joined_by_dashes(string title, string expected) =>
        Assert.Equal(expected, Slug.From(title));

    [Theory]
    [InlineData("  --Holz--  ", "holz")]
    [InlineData("Montage   &   Verpackung", "montage-verpackung")]
    [InlineData("!!!Druck???", "druck")]
    public void From_collapses_separators_and_trims_them_at_both_ends(string title, string expected) =>
        Assert.Equal(expected, Slug.From(title));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("&§$%")]
    public void From_gives_a_placeholder_for_input_without_letters_or_digits(string? title) =>
        Assert.Equal("eintrag", Slug.From(title));

    [Fact]
    public void From_caps_the_length_and_never_ends_on_a_dash()
    {
        var title = string.Join(' ', Enumerable.Repeat("Straßenreinigung", 20));

        var slug = Slug.From(title);

        Assert.True(slug.Length <= Slug.MaxLength, $"{slug.Length} characters");
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith("strassenreinigung-strassenreinigung", slug, StringComparison.Ordinal);
    }

    [Fact]
    public void From_cuts_at_the_cap_then_drops_a_trailing_dash()
    {
        // 119 letters, a space, then more: the cap falls right after the dash.
        var title = new string('a', Slug.MaxLength - 1) + " bbb";

        Assert.Equal(new string('a', Slug.MaxLength - 1), Slug.From(title));
    }

    [Fact]
    public void From_always_produces_a_well_formed_slug()
    {
        string?[] titles = ["Grünraumpflege & Straßenreinigung", "", null, "ÀÉÎÕÜ ß", new string('x', 500), "Ärzte-Ökonomie"];

        Assert.All(titles, title => Assert.True(Slug.IsWellFormed(Slug.From(title)), title));
    }

    [Theory]
    [InlineData("gruenraumpflege-strassenreinigung")]
    [InlineData("a")]
    [InlineData("2025-bericht")]
    public void IsWellFormed_accepts_lower_case_letters_digits_and_dashes(string value) =>
        Assert.True(Slug.IsWellFormed(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Holz")]
    [InlineData("grünraum")]
    [InlineData("holz metall")]
    [InlineData("../etc/passwd")]
    [InlineData("holz_metall")]
    [InlineData("holz%20metall")]
    public void IsWellFormed_rejects_anything_a_slug_can_never_be(string? value) =>
        Assert.False(Slug.IsWellFormed(value));

    [Fact]
    public void IsWellFormed_rejects_values_longer_than_the_cap()
    {
        Assert.True(Slug.IsWellFormed(new string('a', Slug.MaxLength)));
        Assert.False(Slug.IsWellFormed(new string('a', Slug.MaxLength + 1)));
    }
}
