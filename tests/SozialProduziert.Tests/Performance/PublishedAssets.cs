using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.Performance;

/// <summary>
/// A test build serves static assets in "development" mode (no caching headers, re-compressed on the fly); this turns
/// that off, so assets are answered with the headers and precompressed files a published app uses.
/// </summary>
internal static class PublishedAssets
{
    public static WebApplicationFactory<Program> AsPublished(this PortalFactory portal) =>
        portal.WithWebHostBuilder(builder => builder.UseSetting("ReloadStaticAssetsAtRuntime", "false"));
}
