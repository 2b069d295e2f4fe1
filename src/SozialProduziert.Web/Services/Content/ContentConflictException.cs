namespace SozialProduziert.Web.Services.Content;

/// <summary>Someone else saved the item since the form was opened; nothing was written.</summary>
public sealed class ContentConflictException : Exception
{
    public ContentConflictException()
        : base("Der Eintrag wurde inzwischen von jemand anderem geändert.")
    {
    }

    public ContentConflictException(string message)
        : base(message)
    {
    }

    public ContentConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
