using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>Services behind revisions, comparisons, restores and the Papierkorb (ContentEditor itself is registered in AddPortal).</summary>
public static class HistoryRegistration
{
    public static IServiceCollection AddPortalHistory(this IServiceCollection services)
    {
        services.AddScoped<ReferenceNames>();
        services.AddScoped<RevisionReader>();
        services.AddScoped<ContentRestorer>();
        services.AddScoped<ContentPurger>();
        services.AddScoped<TrashQueries>();
        return services;
    }
}
