namespace SozialProduziert.Web.ViewModels.Common;

/// <summary>
/// The "Anfrage senden" call to action on profiles and offers. Until the inquiry form exists it opens the
/// visitor's mail program, addressed to the Sozialbetrieb, with a subject naming the portal and the topic.
/// </summary>
public sealed record InquiryViewModel(string EnterpriseName, string? Email, string? Phone, string Topic)
{
    public string Subject => $"Anfrage über sozialproduziert: {Topic}";

    public string? MailUrl => ContactLinks.Mailto(Email, Subject);

    public string? TelUrl => ContactLinks.Tel(Phone);
}
