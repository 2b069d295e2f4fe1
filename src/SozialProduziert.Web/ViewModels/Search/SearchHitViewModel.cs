namespace SozialProduziert.Web.ViewModels.Search;

/// <summary>One hit: what it is called, where it lives, a line of facts and a short plain-text summary.</summary>
public sealed record SearchHitViewModel(string Title, string Url, string Meta, string Summary);
