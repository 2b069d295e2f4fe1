namespace SozialProduziert.Web.Services.Content;

/// <summary>One changed field between two revisions: before/after for short values, a line diff for long text and lists.</summary>
public sealed record FieldComparison(string Field, string Label, string Before, string After, IReadOnlyList<DiffLine>? Lines);

/// <summary>Compares two revisions described by <see cref="RevisionReader"/> (same fields, same order).</summary>
public static class RevisionComparer
{
    public static RevisionDifference Compare(IReadOnlyList<RevisionField> before, IReadOnlyList<RevisionField> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changed = new List<FieldComparison>();
        var unchanged = 0;
        foreach (var (old, current) in before.Zip(after))
        {
            if (old.Text == current.Text && old.Items.SequenceEqual(current.Items, StringComparer.Ordinal))
            {
                unchanged++;
                continue;
            }

            var lines = old.IsList || current.IsList
                ? LineDiff.Compare(string.Join('\n', old.Items), string.Join('\n', current.Items))
                : old.IsLongText || current.IsLongText ? LineDiff.Compare(old.Text, current.Text) : null;
            changed.Add(new FieldComparison(current.Field, current.Label, old.Text, current.Text, lines));
        }

        return new RevisionDifference(changed, unchanged);
    }
}

public sealed record RevisionDifference(IReadOnlyList<FieldComparison> Changed, int UnchangedCount);
