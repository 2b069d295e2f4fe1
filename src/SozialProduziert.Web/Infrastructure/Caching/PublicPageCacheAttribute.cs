using Microsoft.AspNetCore.OutputCaching;

namespace SozialProduziert.Web.Infrastructure.Caching;

/// <summary>
/// Opts a public page into the output cache, with the tags of what it shows. Put it on an action (or a controller)
/// that renders the same page for every anonymous visitor; never on a page with a form that posts (its anti-forgery
/// token is personal; such responses are refused anyway), nor on anything personal. The action adds the tags known
/// only while it runs (the item shown, its images) with <see cref="PageCacheTagging.TagCachedPage(HttpContext, IEnumerable{string})"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class PublicPageCacheAttribute(params string[] tags) : Attribute, IOutputCachePolicy
{
    /// <summary>The type and reference tags of everything the page lists or names (<see cref="CacheTags"/>).</summary>
    public IReadOnlyList<string> Tags { get; } = tags;

    /// <summary>Cache for <see cref="PageCacheOptions.ShortDuration"/> only: pages with endless variations, such as search results.</summary>
    public bool ShortLived { get; init; }

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) =>
        context.HttpContext.RequestServices.GetRequiredService<PublicPagePolicy>().CacheRequestAsync(context, Tags, ShortLived, cancellation);

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) =>
        PublicPagePolicy.ServeResponseAsync(context, context.HttpContext.RequestServices.GetRequiredService<PageCacheEviction>());
}
