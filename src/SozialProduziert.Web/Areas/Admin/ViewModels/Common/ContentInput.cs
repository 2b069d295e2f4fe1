using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Common;

/// <summary>The form fields every content type shares: address, publish state and date, and the concurrency version.</summary>
public abstract class ContentInput
{
    public int Id { get; set; }

    /// <summary>The version the form was opened with; a stale one makes the save a conflict.</summary>
    public int Version { get; set; }

    [StringLength(Domain.Slug.MaxLength, ErrorMessage = "Die Adresse darf höchstens {1} Zeichen lang sein.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Die Adresse darf nur Kleinbuchstaben a–z, Ziffern und Bindestriche enthalten.")]
    [Display(Name = "Adresse (Slug)")]
    public string? Slug { get; set; }

    [Display(Name = "Status")]
    public PublishState State { get; set; } = PublishState.Draft;

    /// <summary>Wall-clock time in Vienna; empty means "now" when publishing.</summary>
    [Display(Name = "Veröffentlichen ab")]
    [DataType(DataType.DateTime)]
    public DateTime? PublishAtLocal { get; set; }

    /// <summary>The slug to use: the typed one, or one made from the title.</summary>
    public string SlugOr(string title) => string.IsNullOrWhiteSpace(Slug) ? Domain.Slug.From(title) : Slug.Trim();

    public void ApplyPublishingTo(PublishableContent item, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.State = State;
        item.PublishAt = PublishAtLocal is { } local ? ViennaTime.ToUtc(local) : item.PublishAt == default ? utcNow : item.PublishAt;
    }

    public void ReadPublishingFrom(PublishableContent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Id = item.Id;
        Version = item.Version;
        Slug = item.Slug;
        State = item.State;
        PublishAtLocal = ViennaTime.ToLocal(item.PublishAt);
    }
}
