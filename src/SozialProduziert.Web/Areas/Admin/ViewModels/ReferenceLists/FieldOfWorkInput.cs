using System.ComponentModel.DataAnnotations;
using System.Globalization;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.ReferenceLists;

public sealed class FieldOfWorkInput
{
    public int Id { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie einen Namen ein.")]
    [StringLength(100, ErrorMessage = "Der Name darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(100, ErrorMessage = "Die Adresse darf höchstens {1} Zeichen lang sein.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Die Adresse darf nur Kleinbuchstaben a–z, Ziffern und Bindestriche enthalten.")]
    [Display(Name = "Adresse (Slug)")]
    public string? Slug { get; set; }

    /// <summary>Bound as text so "abc" gets a German message and stays in the field.</summary>
    [RegularExpression("^[0-9]{1,6}$", ErrorMessage = "Bitte geben Sie die Reihenfolge als ganze Zahl ein, z. B. 10.")]
    [Display(Name = "Reihenfolge")]
    public string? SortOrder { get; set; }

    public string SlugOrFromName() => ReferenceSlug.Or(Slug, Name);

    public static FieldOfWorkInput From(FieldOfWork field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new FieldOfWorkInput { Id = field.Id, Name = field.Name, Slug = field.Slug, SortOrder = field.SortOrder.ToString(CultureInfo.InvariantCulture) };
    }

    /// <summary>Copies the fields; an empty sort order puts the field after <paramref name="lastSortOrder"/>.</summary>
    public void ApplyTo(FieldOfWork field, int lastSortOrder)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.Name = Name.Trim();
        field.Slug = SlugOrFromName();
        field.SortOrder = int.TryParse(SortOrder, NumberStyles.None, CultureInfo.InvariantCulture, out var order) ? order : lastSortOrder + 10;
    }
}

/// <summary>Slugs of the reference lists: typed, or made from the name.</summary>
public static class ReferenceSlug
{
    public static string Or(string? typed, string name) =>
        string.IsNullOrWhiteSpace(typed) ? Domain.Slug.From(name) : typed.Trim();
}
