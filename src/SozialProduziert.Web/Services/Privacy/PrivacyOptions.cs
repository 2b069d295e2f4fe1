namespace SozialProduziert.Web.Services.Privacy;

/// <summary>Section "Privacy": how long personal data of inquiries, registrations and mails is kept.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Months after the last activity of a record before its personal fields are anonymised.</summary>
    public int RetentionMonths { get; set; } = 36;

    /// <summary>Whether the daily run happens by itself; unset means on, except in the "Testing" environment.</summary>
    public bool? RetentionInBackground { get; set; }
}
