namespace SozialProduziert.Web.ViewModels.Common;

/// <summary>How one image is placed: its sizes hint for the browser, and whether the surrounding link already names it.</summary>
public sealed record PictureViewModel(ImageViewModel Image, string Sizes, bool Decorative = false, bool Eager = false, string? CssClass = null);
