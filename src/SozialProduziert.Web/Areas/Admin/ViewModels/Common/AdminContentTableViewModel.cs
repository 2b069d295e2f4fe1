namespace SozialProduziert.Web.Areas.Admin.ViewModels.Common;

/// <summary>Rows of a content list and where each row's edit page lives.</summary>
public sealed record AdminContentTableViewModel(IReadOnlyList<AdminListItem> Items, string BasePath, string Caption, int TotalCount);
