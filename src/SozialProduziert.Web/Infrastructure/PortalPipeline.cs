namespace SozialProduziert.Web.Infrastructure;

/// <summary>The HTTP pipeline of the portal in the order requests pass through it.</summary>
public static class PortalPipeline
{
    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UsePortalOperations();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler("/fehler/500");
        app.UseStatusCodePagesWithReExecute("/fehler/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<HeadRequestMiddleware>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UsePortalSpeed();
        app.MapPortalHealth();
        app.MapStaticAssets();
        app.MapControllers().WithStaticAssets();
        return app;
    }
}
