using SozialProduziert.Web.Areas.Admin.ViewModels.Common;

namespace SozialProduziert.Tests.Admin;

public class GermanWholeNumberTests
{
    [Theory]
    [InlineData("12500", 12500)]
    [InlineData("12.500", 12500)]
    [InlineData("12 500", 12500)]
    [InlineData("12\u00A0500", 12500)]
    [InlineData(" 1.250.000 ", 1250000)]
    [InlineData("0", 0)]
    public void Numbers_as_typed_in_austria_are_read(string text, int expected)
    {
        Assert.True(GermanWholeNumber.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_empty_field_is_valid_and_means_no_value(string? text)
    {
        Assert.True(GermanWholeNumber.TryParse(text, out var value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1.5")]
    [InlineData("-3")]
    [InlineData("12.50")]
    [InlineData("zwölf")]
    [InlineData("3000000000")]
    [InlineData("١٢")]
    public void Decimals_negatives_words_and_overflow_are_refused(string text)
    {
        Assert.False(GermanWholeNumber.TryParse(text, out var value));
        Assert.Null(value);
    }
}
