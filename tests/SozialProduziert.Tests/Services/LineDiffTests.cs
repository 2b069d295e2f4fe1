using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Tests.Services;

public class LineDiffTests
{
    [Fact]
    public void A_changed_line_is_one_removed_and_one_added_line()
    {
        var lines = LineDiff.Compare("eins\nzwei\ndrei", "eins\nZWEI\ndrei");

        Assert.Equal(
            [new(DiffLineKind.Unchanged, "eins"), new(DiffLineKind.Removed, "zwei"), new(DiffLineKind.Added, "ZWEI"), new DiffLine(DiffLineKind.Unchanged, "drei")],
            lines);
    }

    [Fact]
    public void Long_unchanged_stretches_are_folded_around_the_change()
    {
        var before = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"Zeile {i}"));
        var after = before.Replace("Zeile 10", "Zeile zehn", StringComparison.Ordinal);

        var lines = LineDiff.Compare(before, after);

        Assert.Equal(new DiffLine(DiffLineKind.Skipped, "7 unveränderte Zeilen"), lines[0]);
        Assert.Equal(["Zeile 8", "Zeile 9", "Zeile 10", "Zeile zehn", "Zeile 11", "Zeile 12"], lines.Skip(1).Take(6).Select(l => l.Text));
        Assert.Equal(new DiffLine(DiffLineKind.Skipped, "8 unveränderte Zeilen"), lines[^1]);
    }

    [Fact]
    public void An_empty_side_has_no_lines_and_windows_line_ends_do_not_count_as_changes()
    {
        Assert.Equal([new DiffLine(DiffLineKind.Added, "neu")], LineDiff.Compare("", "neu"));
        Assert.Equal([new DiffLine(DiffLineKind.Removed, "alt")], LineDiff.Compare("alt", null));
        Assert.Empty(LineDiff.Compare(null, ""));
        Assert.DoesNotContain(LineDiff.Compare("a\r\nb", "a\nb"), l => l.Kind is DiffLineKind.Added or DiffLineKind.Removed);
    }
}
