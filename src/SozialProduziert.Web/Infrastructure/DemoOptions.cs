namespace SozialProduziert.Web.Infrastructure;

/// <summary>Section "Demo": whether an empty database is filled with the fictional demo content on start.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}
