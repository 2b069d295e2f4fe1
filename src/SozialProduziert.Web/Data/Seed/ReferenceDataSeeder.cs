using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>
/// Fills the editable reference lists (fields of work, quality marks) once, on an empty database, and creates
/// every mandatory page whose slug is missing, so even an installation without demo content has its Impressum.
/// Staff edit all of it afterwards; nothing here overwrites their changes.
/// </summary>
public sealed class ReferenceDataSeeder(AppDbContext db)
{
    public static readonly IReadOnlyList<string> DefaultFieldsOfWork =
    [
        "Holz", "Metall", "Textil", "Montage & Verpackung", "Lettershop & Versand", "Druck",
        "Grünraumpflege", "Reinigung", "Catering", "IT-Refurbishing", "Upcycling",
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await db.FieldsOfWork.AnyAsync(cancellationToken))
        {
            db.FieldsOfWork.AddRange(DefaultFieldsOfWork.Select((name, index) =>
                new FieldOfWork { Name = name, Slug = Slug.From(name), SortOrder = (index + 1) * 10 }));
        }

        if (!await db.QualityMarks.AnyAsync(cancellationToken))
        {
            db.QualityMarks.AddRange(
                new QualityMark
                {
                    Name = "goodworks",
                    Slug = "goodworks",
                    Description = "Gütezeichen für Produkte und Dienstleistungen aus sozialer Produktion.",
                },
                new QualityMark
                {
                    Name = "arbeit plus Gütesiegel",
                    Slug = "arbeit-plus-guetesiegel",
                    Description = "Qualitätssiegel des Netzwerks arbeit plus für soziale Unternehmen.",
                });
        }

        await AddMissingPagesAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AddMissingPagesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Pages.Select(p => p.Slug).ToListAsync(cancellationToken);
        foreach (var slug in PageSlugs.All.Except(existing))
        {
            var page = DefaultPages.For(slug) ?? throw new InvalidOperationException($"No default text for page '{slug}'.");
            db.Pages.Add(page.ToPage());
        }
    }
}
