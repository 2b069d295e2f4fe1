namespace SozialProduziert.Tests.Infrastructure;

/// <summary>Which migrated template a test's own database file is copied from.</summary>
public enum PortalDatabase
{
    /// <summary>Schema, districts and reference data (fields of work, quality marks); no content.</summary>
    Empty,

    /// <summary>Everything in <see cref="Empty"/> plus the demo content the app seeds with Demo:Enabled=true.</summary>
    Demo,
}
