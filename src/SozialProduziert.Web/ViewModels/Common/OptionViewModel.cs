namespace SozialProduziert.Web.ViewModels.Common;

/// <summary>One choice of a filter select: the URL value and the German label.</summary>
public sealed record OptionViewModel(string Value, string Label);
