namespace SozialProduziert.Web.Services;

/// <summary>Placeholder replaced by the search feature.</summary>
public sealed class SearchService;
