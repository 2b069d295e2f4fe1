namespace SozialProduziert.Web.ViewModels.Common;

/// <summary>Share links built from the page's absolute URL and title; following them is the visitor's choice.</summary>
public sealed record ShareViewModel(string Url, string Title)
{
    public string MailUrl => $"mailto:?subject={Uri.EscapeDataString(Title)}&body={Uri.EscapeDataString(Url)}";

    public string LinkedInUrl => $"https://www.linkedin.com/sharing/share-offsite/?url={Uri.EscapeDataString(Url)}";

    public string FacebookUrl => $"https://www.facebook.com/sharer/sharer.php?u={Uri.EscapeDataString(Url)}";

    public string XUrl => $"https://x.com/intent/post?url={Uri.EscapeDataString(Url)}&text={Uri.EscapeDataString(Title)}";
}
