using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Services.Downloads;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Downloads;

/// <summary>The download form with the stored file beside it and the upload limit for the hint.</summary>
public sealed record DownloadEditViewModel
{
    public required EditFormViewModel<DownloadInput> Form { get; init; }

    /// <summary>The file visitors get now; null while creating.</summary>
    public StoredFileSummary? CurrentFile { get; init; }

    /// <summary>
    /// The name of a file that was chosen but not saved because something else in the form needed fixing:
    /// browsers cannot refill a file field, so staff are asked to choose it again.
    /// </summary>
    public string? UnsavedFileName { get; init; }

    public required string MaxSizeLabel { get; init; }

    /// <summary>The saved title for headings, so emptying the title field does not blank the page title.</summary>
    public string? StoredTitle { get; init; }

    public string Heading => Form.IsNew ? "Neuer Download" : string.IsNullOrWhiteSpace(StoredTitle) ? Input.Title : StoredTitle;

    /// <summary>The live address while the download is on the website; null otherwise.</summary>
    public string? PublicUrl { get; init; }

    public DownloadInput Input => Form.Input;
}

/// <summary>What staff see of a stored file, without its bytes.</summary>
public sealed record StoredFileSummary(string FileName, long Length, string Sha256, DateTime CreatedAt)
{
    public string Size => DownloadOptions.FormatSize(Length);
}
