using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>German texts for values the model binder cannot read (a number field with letters, a tampered select).</summary>
public static class GermanBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"„{value}“ ist für „{field}“ kein gültiger Wert.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Bitte geben Sie „{field}“ an.");
        messages.SetMissingKeyOrValueAccessor(() => "Bitte geben Sie einen Wert an.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Die Anfrage enthielt keine Daten.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"„{value}“ ist kein gültiger Wert.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Der Wert ist ungültig.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Bitte geben Sie eine Zahl ein.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Der Wert für „{field}“ ist ungültig.");
        messages.SetValueIsInvalidAccessor(value => $"„{value}“ ist hier kein gültiger Wert.");
        messages.SetValueMustBeANumberAccessor(field => $"Bitte geben Sie für „{field}“ eine Zahl ein.");
        messages.SetValueMustNotBeNullAccessor(field => $"Bitte geben Sie „{field}“ an.");
    }
}
