using Microsoft.AspNetCore.OutputCaching;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Infrastructure.Caching;

/// <summary>Adds tags to the cached copy of the page being rendered; does nothing when the page is not being cached.</summary>
public static class PageCacheTagging
{
    public static void TagCachedPage(this HttpContext context, IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(tags);
        if (context.Features.Get<IOutputCacheFeature>()?.Context is { AllowCacheStorage: true } cache)
        {
            foreach (var tag in tags)
            {
                cache.Tags.Add(tag);
            }
        }
    }

    public static void TagCachedPage(this HttpContext context, params string[] tags) => context.TagCachedPage((IEnumerable<string>)tags);

    /// <summary>Tags the page with every image it shows, so changing or deleting one evicts it.</summary>
    public static void TagCachedImages(this HttpContext context, IEnumerable<ImageViewModel?> images) =>
        context.TagCachedPage(images.OfType<ImageViewModel>().Select(i => CacheTags.Media(i.Id)).Distinct());
}
