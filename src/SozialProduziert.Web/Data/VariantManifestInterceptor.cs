using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Media;

namespace SozialProduziert.Web.Data;

/// <summary>
/// Writes <see cref="MediaImage.VariantManifest"/> from the variants when an image is first saved, whoever saves it (the
/// upload, the demo seeder, the benchmark's generator, tests). Variants are written only together with their new image:
/// one added, changed or removed on its own would leave the manifest, and with it every picture of the image, wrong, so
/// such a save is refused. Removing the image removes its variants, which is allowed.
/// </summary>
public sealed class VariantManifestInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var addedImages = new List<MediaImage>();
        var deletedImageIds = new HashSet<int>();
        foreach (var entry in context.ChangeTracker.Entries<MediaImage>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.VariantManifest = VariantManifest.Of(entry.Entity.Variants);
                addedImages.Add(entry.Entity);
            }
            else if (entry.State == EntityState.Deleted)
            {
                deletedImageIds.Add(entry.Entity.Id);
            }
        }

        foreach (var entry in context.ChangeTracker.Entries<MediaVariant>())
        {
            var withItsImage = entry.State switch
            {
                EntityState.Added or EntityState.Modified => addedImages.Exists(image => image.Variants.Contains(entry.Entity)),
                EntityState.Deleted => deletedImageIds.Contains(entry.Entity.MediaImageId),
                _ => true,
            };
            if (!withItsImage)
            {
                throw new InvalidOperationException(
                    "A media variant is saved or removed without its image: variants are written only with a new image and removed only with it, or its VariantManifest goes stale.");
            }
        }
    }
}
