using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Catalog;

namespace SozialProduziert.Tests.Domain;

public class SearchWordsTests
{
    [Fact]
    public void Words_are_split_at_blanks_punctuation_and_every_control_character_and_kept_once_in_order()
    {
        var controls = string.Concat(Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(char.IsControl));

        var words = SearchWords.Of($"b a{controls}c,d;e.f-g/h\"i'j b c++ c:\\x (k) ä");

        Assert.Equal(["b", "a", "c", "d", "e", "f", "g", "h", "i", "j", "c++", "c:\\x", "(k)", "ä"], words);
    }

    [Fact]
    public void The_search_text_holds_its_words_between_single_blanks_and_nothing_a_json_string_must_escape_but_backslashes()
    {
        var text = SearchWords.SearchText("  eins\t\tzwei \"drei\"\r\n\u0085vier\\fünf eins ");

        Assert.Equal("eins zwei drei vier\\fünf", text);
        Assert.DoesNotContain(text, c => char.IsControl(c) || c == '"');
    }

    [Theory]
    [InlineData("Hocker, Altholz.", new[] { "hocker", "altholz" })]
    [InlineData("hocker hocker a b c++", new[] { "hocker", "c++" })]
    [InlineData("Büro\u0000Möbel", new[] { "buero", "moebel" })]
    public void A_querys_terms_are_its_words_of_two_characters_or_more(string query, string[] terms) =>
        Assert.Equal(terms, TextSearch.Terms(query));
}
