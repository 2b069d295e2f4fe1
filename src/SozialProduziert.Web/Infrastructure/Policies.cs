namespace SozialProduziert.Web.Infrastructure;

/// <summary>Authorization policy names.</summary>
public static class Policies
{
    /// <summary>Any KOMUNITAS staff member (Administrator or Redaktion): the whole admin area.</summary>
    public const string Staff = "Staff";

    /// <summary>Administrators only: accounts, purging the Papierkorb, the audit log, settings.</summary>
    public const string Administrator = "Administrator";
}
