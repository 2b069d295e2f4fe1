using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Catalog;

namespace SozialProduziert.Web.Services.Admin;

/// <summary>The filters every admin content list shares: not in the Papierkorb, state, folded text.</summary>
public static class AdminQueries
{
    public static IQueryable<T> ForAdminList<T>(this IQueryable<T> query, AdminListInput input)
        where T : PublishableContent
    {
        ArgumentNullException.ThrowIfNull(input);
        query = query.Where(item => item.DeletedAt == null);
        if (input.State is { } state)
        {
            query = query.Where(item => item.State == state);
        }

        return query.MatchingText(input.Text);
    }
}
