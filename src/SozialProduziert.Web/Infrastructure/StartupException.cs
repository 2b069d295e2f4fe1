namespace SozialProduziert.Web.Infrastructure;

/// <summary>A configuration or environment problem the operator must fix; its message is the one sentence they read.</summary>
public sealed class StartupException : Exception
{
    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StartupException()
    {
    }
}
