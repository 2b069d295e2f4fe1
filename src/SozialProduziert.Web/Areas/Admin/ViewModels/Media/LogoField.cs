using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Media;

/// <summary>
/// The logo fields of an edit form (Sozialbetriebe, partners): one new file with its alt text
/// (names of <c>_ImageUploadField</c>), or the tick "Logo entfernen".
/// </summary>
public interface ILogoInput
{
    List<IFormFile> NewImages { get; }

    string? NewImagesAltText { get; }

    bool RemoveLogo { get; }
}

/// <summary>The model of <c>_LogoField</c>: the stored logo, and what was ticked and typed so far.</summary>
public sealed record LogoFieldViewModel(ImageViewModel? Current, bool Remove, string? AltText, bool FilesDiscarded)
{
    public static LogoFieldViewModel For(ImageViewModel? current, ILogoInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new(current, input.RemoveLogo, input.NewImagesAltText, ImageUploadFieldViewModel.AnyPosted(input.NewImages));
    }
}

public static class LogoEdits
{
    /// <summary>A new logo replaces the old one (whatever the tick says); otherwise the tick removes it. The old image stays in the media library.</summary>
    public static void Apply(ILogoInput input, MediaImage? uploaded, Action<MediaImage> replace, Action remove)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(replace);
        ArgumentNullException.ThrowIfNull(remove);
        if (uploaded is not null)
        {
            replace(uploaded);
        }
        else if (input.RemoveLogo)
        {
            remove();
        }
    }
}
