using Microsoft.Extensions.Options;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Turns what <c>ValidateOnStart</c> throws for refused settings (one <see cref="OptionsValidationException"/>, or
/// several in an <see cref="AggregateException"/>) into the validations' own messages, for one line on stderr.
/// </summary>
public static class InvalidSettings
{
    /// <summary>The messages of the refused settings; null when <paramref name="exception"/> is something else.</summary>
    public static string? Describe(Exception exception)
    {
        IEnumerable<Exception> causes = exception is AggregateException aggregate ? aggregate.InnerExceptions : [exception];
        var refused = causes.ToList();
        return refused.Count > 0 && refused.All(e => e is OptionsValidationException)
            ? string.Join(" ", refused.Cast<OptionsValidationException>().SelectMany(e => e.Failures))
            : null;
    }
}
