namespace SozialProduziert.Web.Areas.Admin.ViewModels.Forms;

/// <summary>
/// One labelled text input (or textarea when <see cref="Rows"/> is set) posting under <see cref="Name"/>,
/// with its hint and the first model error, both linked through aria-describedby.
/// </summary>
public sealed record TextFieldViewModel(string Name, string Label, string? Value)
{
    public string Type { get; init; } = "text";

    public int? MaxLength { get; init; }

    public bool Required { get; init; }

    public string? Hint { get; init; }

    public string? Autocomplete { get; init; }

    public string? InputMode { get; init; }

    /// <summary>Rows of a textarea; 0 renders a single-line input.</summary>
    public int Rows { get; init; }
}
