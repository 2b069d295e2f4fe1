using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Examples;

/// <summary>The example form with what it needs around it: the checkbox choices and whether chosen files were dropped.</summary>
public sealed class ExampleEditViewModel
{
    public required EditFormViewModel<ExampleInput> Form { get; init; }

    public required ExampleChoices Choices { get; init; }

    /// <summary>True when the form comes back (errors, preview, conflict) although files were chosen: they were not saved.</summary>
    public bool FilesDiscarded { get; init; }

    /// <summary>The title as saved, for the heading (the typed one may be empty or half-edited).</summary>
    public string? SavedTitle { get; init; }

    /// <summary>The live address while the example is on the website; null otherwise.</summary>
    public string? PublicUrl { get; init; }

    /// <summary>The latest year the form accepts (next year, in Vienna), for the hint.</summary>
    public int LastYear { get; init; }

    public ExampleInput Input => Form.Input;
}

/// <summary>Everything an example can be linked to, sorted by name; unpublished items carry a note.</summary>
public sealed record ExampleChoices(
    IReadOnlyList<RelationOption> Partners,
    IReadOnlyList<RelationOption> SocialEnterprises,
    IReadOnlyList<RelationOption> FieldsOfWork)
{
    /// <summary>Names of the chosen ids, for showing a stored version after a conflict.</summary>
    public static string Names(IReadOnlyList<RelationOption> options, IEnumerable<int> ids)
    {
        ArgumentNullException.ThrowIfNull(options);
        var names = options.Where(o => ids.Contains(o.Id)).Select(o => o.Name).ToList();
        return names.Count == 0 ? "–" : string.Join(", ", names);
    }
}

/// <summary>One checkbox of a relation list; <paramref name="Note"/> says why the item is not on the website (e.g. "Entwurf").</summary>
public sealed record RelationOption(int Id, string Name, string? Note = null);

/// <summary>A group of checkboxes posting ids under <paramref name="Name"/>.</summary>
public sealed record RelationListViewModel(string Name, string Legend, string Hint, IReadOnlyList<RelationOption> Options, IReadOnlyList<int> Selected);

/// <summary>A labelled text input or textarea (when <paramref name="Rows"/> is set) with hint and error.</summary>
public sealed record TextFieldViewModel(string Name, string Label, string? Value, string? Hint = null, int? MaxLength = null, int? Rows = null, bool Required = false, bool Numeric = false);
