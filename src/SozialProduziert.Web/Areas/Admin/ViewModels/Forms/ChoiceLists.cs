namespace SozialProduziert.Web.Areas.Admin.ViewModels.Forms;

/// <summary>One choice of a select or checkbox list that posts an id.</summary>
public sealed record IdChoice(int Id, string Label);

/// <summary>A group of checkboxes posting the chosen ids under one name, e.g. the fields of work of a Sozialbetrieb.</summary>
public sealed record CheckboxListViewModel(string Name, string Legend, IReadOnlyList<IdChoice> Choices, IReadOnlyCollection<int> Selected, string? Hint = null);

/// <summary>A required select posting an id (or an enum's number); the empty first option asks to choose.</summary>
public sealed record SelectFieldViewModel(string Name, string Label, IReadOnlyList<IdChoice> Choices, int? Selected, string Placeholder = "Bitte wählen …", string? Hint = null);
