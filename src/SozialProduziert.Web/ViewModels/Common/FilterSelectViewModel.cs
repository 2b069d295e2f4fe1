namespace SozialProduziert.Web.ViewModels.Common;

/// <summary>One select of a GET filter form: query name, German label, choices and the current value.</summary>
public sealed record FilterSelectViewModel(string Name, string Label, IReadOnlyList<OptionViewModel> Options, string? Selected, string EmptyLabel = "Alle");
