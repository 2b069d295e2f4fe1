namespace SozialProduziert.Web.ViewModels.Common;

/// <summary>A named link to another item, e.g. a partner from an example.</summary>
public sealed record LinkViewModel(string Label, string Url);
