namespace SozialProduziert.Web.Areas.Admin.ViewModels.ReferenceLists;

/// <summary>How many items use a reference entry, counting items in the Papierkorb (restoring them must not lose it).</summary>
public sealed record ReferenceUsage(int Enterprises, int Offers = 0, int Examples = 0)
{
    public int Total => Enterprises + Offers + Examples;

    /// <summary>"2 Sozialbetrieben und 1 Angebot" – dative, to follow "von".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        Add(parts, Enterprises, "Sozialbetrieb", "Sozialbetrieben");
        Add(parts, Offers, "Angebot", "Angeboten");
        Add(parts, Examples, "Praxisbeispiel", "Praxisbeispielen");
        return parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts[..^1]) + " und " + parts[^1];
    }

    private static void Add(List<string> parts, int count, string one, string many)
    {
        if (count > 0)
        {
            parts.Add(count == 1 ? $"1 {one}" : $"{count} {many}");
        }
    }
}

public sealed record FieldOfWorkRow(int Id, string Name, string Slug, int SortOrder, ReferenceUsage Usage);

public sealed record QualityMarkRow(int Id, string Name, string Slug, string? Website, ReferenceUsage Usage);

public sealed class ReferenceListsViewModel
{
    public required IReadOnlyList<FieldOfWorkRow> FieldsOfWork { get; init; }

    public required IReadOnlyList<QualityMarkRow> QualityMarks { get; init; }
}

/// <summary>The edit form of a reference entry, with how often it is used (which decides whether it can be deleted).</summary>
public sealed class ReferenceFormViewModel<TInput>
{
    public required TInput Input { get; init; }

    public bool IsNew { get; init; }

    public ReferenceUsage Usage { get; init; } = new(0);
}

/// <summary>The delete button of a reference entry, or why it cannot be deleted while in use.</summary>
public sealed record ReferenceDeleteViewModel(string Action, string Noun, ReferenceUsage Usage);
