using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace SozialProduziert.Web.Services.Content;

public enum DiffLineKind
{
    Unchanged = 0,
    Added = 1,
    Removed = 2,

    /// <summary>Stands for a run of unchanged lines left out; its text says how many.</summary>
    Skipped = 3,
}

public sealed record DiffLine(DiffLineKind Kind, string Text);

/// <summary>A line-based comparison of two texts, with long unchanged stretches folded so the changes stand out.</summary>
public static class LineDiff
{
    /// <summary>Unchanged lines kept around each change, so the reader sees where it is.</summary>
    public const int Context = 2;

    public static IReadOnlyList<DiffLine> Compare(string? before, string? after)
    {
        // An empty side has no lines at all, not one empty line that would show as removed or added.
        if (string.IsNullOrEmpty(before) || string.IsNullOrEmpty(after))
        {
            var (kind, text) = string.IsNullOrEmpty(before) ? (DiffLineKind.Added, after) : (DiffLineKind.Removed, before);
            return string.IsNullOrEmpty(text) ? [] : Normalise(text).Split('\n').Select(line => new DiffLine(kind, line)).ToList();
        }

        var model = InlineDiffBuilder.Diff(Normalise(before), Normalise(after), ignoreWhiteSpace: false, ignoreCase: false);
        var lines = model.Lines
            .Where(l => l.Type != ChangeType.Imaginary)
            .Select(l => new DiffLine(l.Type switch
            {
                ChangeType.Inserted => DiffLineKind.Added,
                ChangeType.Deleted => DiffLineKind.Removed,
                _ => DiffLineKind.Unchanged,
            }, l.Text ?? ""))
            .ToList();
        return Fold(lines);
    }

    private static string Normalise(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);

    private static List<DiffLine> Fold(List<DiffLine> lines)
    {
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == DiffLineKind.Unchanged)
            {
                continue;
            }

            for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++)
            {
                keep[j] = true;
            }
        }

        var folded = new List<DiffLine>();
        var skipped = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (keep[i])
            {
                AddSkipped(folded, skipped);
                skipped = 0;
                folded.Add(lines[i]);
            }
            else
            {
                skipped++;
            }
        }

        AddSkipped(folded, skipped);
        return folded;
    }

    private static void AddSkipped(List<DiffLine> folded, int count)
    {
        if (count > 0)
        {
            folded.Add(new DiffLine(DiffLineKind.Skipped, count == 1 ? "1 unveränderte Zeile" : $"{count} unveränderte Zeilen"));
        }
    }
}
