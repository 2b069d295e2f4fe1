using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Domain;

public class GermanTextTests
{
    [Theory]
    [InlineData("Büro")]
    [InlineData("BÜRO")]
    [InlineData("BUERO")]
    [InlineData("buero")]
    [InlineData("Buero")]
    public void Fold_makes_umlaut_and_transliterated_spellings_equal(string spelling) =>
        Assert.Equal("buero", GermanText.Fold(spelling));

    [Theory]
    [InlineData("Straße", "strasse")]
    [InlineData("STRASSE", "strasse")]
    [InlineData("Gänserndorf", "gaenserndorf")]
    [InlineData("Öffentlicher Auftraggeber", "oeffentlicher auftraggeber")]
    public void Fold_transliterates_sharp_s_and_umlauts(string text, string expected) =>
        Assert.Equal(expected, GermanText.Fold(text));

    [Theory]
    [InlineData("Café", "cafe")]
    [InlineData("Crème brûlée", "creme brulee")]
    [InlineData("Ñandú", "nandu")]
    public void Fold_drops_other_diacritics(string text, string expected) =>
        Assert.Equal(expected, GermanText.Fold(text));

    [Fact]
    public void Fold_keeps_spaces_digits_and_punctuation_so_substring_search_still_works()
    {
        var folded = GermanText.Fold("Lettershop & Versand, 2025: Grünraum");

        Assert.Equal("lettershop & versand, 2025: gruenraum", folded);
        Assert.Contains(GermanText.Fold("GRÜNRAUM"), folded, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Fold_gives_an_empty_string_for_missing_text(string? text) =>
        Assert.Equal("", GermanText.Fold(text));
}
