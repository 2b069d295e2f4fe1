using SozialProduziert.Web.Services.Downloads;

namespace SozialProduziert.Tests.Services;

public class StoredFileNamesTests
{
    [Theory]
    [InlineData("Endbericht.pdf", "Endbericht.pdf")]
    [InlineData("C:\\Users\\Anna\\Endbericht März 2024.PDF", "Endbericht-Maerz-2024.pdf")]
    [InlineData("/home/anna/Übersicht_Größen.pdf", "Uebersicht_Groessen.pdf")]
    [InlineData("Café «Kultur» (v1.2).pdf", "Cafe-Kultur-v1.2.pdf")]
    [InlineData("..\\..\\etc\\passwd", "passwd.pdf")]
    [InlineData(".versteckt.pdf", "versteckt.pdf")]
    [InlineData("bericht", "bericht.pdf")]
    [InlineData("日本語.pdf", "dokument.pdf")]
    [InlineData("", "dokument.pdf")]
    [InlineData(null, "dokument.pdf")]
    [InlineData("a\"; filename=evil.exe", "a-filename-evil.exe.pdf")]
    public void Keeps_only_safe_characters_transliterates_umlauts_and_ends_in_pdf(string? uploaded, string expected) =>
        Assert.Equal(expected, StoredFileNames.Sanitize(uploaded, ".pdf"));

    [Fact]
    public void Long_names_are_shortened_keeping_the_extension()
    {
        var name = StoredFileNames.Sanitize(new string('x', 300) + ".pdf", ".pdf");

        Assert.Equal(124, name.Length);
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(512, "512 Byte")]
    [InlineData(1024, "1 kB")]
    [InlineData(1536, "1,5 kB")]
    [InlineData(25 * 1024 * 1024, "25 MB")]
    [InlineData(26_500_000, "25,3 MB")]
    public void Sizes_read_the_austrian_way(long bytes, string expected) =>
        Assert.Equal(expected, DownloadOptions.FormatSize(bytes));
}
