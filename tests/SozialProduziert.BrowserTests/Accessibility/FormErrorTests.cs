using SozialProduziert.BrowserTests.Infrastructure;

namespace SozialProduziert.BrowserTests.Accessibility;

/// <summary>
/// A form sent back with errors must say so at once (role=alert, focus on the summary) and tie every error to its
/// field: the summary links to the field, the field is aria-invalid and its aria-describedby carries the message.
/// </summary>
[Collection(BrowserGroup.Name)]
public class FormErrorTests(BrowserSuite suite)
{
    private const string Problems = """
        () => {
            const problems = [];
            const summary = document.querySelector('.form-errors');
            if (!summary) return ['no error summary on the page'];
            if (summary.getAttribute('role') !== 'alert' && !summary.hasAttribute('aria-live')) problems.push('the summary is neither role=alert nor aria-live');
            if (document.activeElement !== summary) problems.push('focus is on ' + document.activeElement.tagName.toLowerCase() + ', not on the summary');
            if (summary.querySelectorAll('li').length === 0) problems.push('the summary lists no error');
            const linked = new Set();
            for (const link of summary.querySelectorAll('a[href^="#"]')) {
                const id = decodeURIComponent(link.getAttribute('href').slice(1));
                const message = link.textContent.trim();
                const target = document.getElementById(id);
                const control = target && (target.matches('input, select, textarea') ? target : target.querySelector('input, select, textarea'));
                if (!control) { problems.push('"' + message + '" links to #' + id + ', which is no form field'); continue; }
                linked.add(control);
                if (control.getAttribute('aria-invalid') !== 'true') problems.push('#' + id + ' is not aria-invalid');
                const description = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean)
                    .map(ref => document.getElementById(ref)).filter(Boolean).map(e => e.textContent.trim()).join(' ');
                if (!description.includes(message)) problems.push('#' + id + ': "' + message + '" is not in its aria-describedby ("' + description + '")');
            }
            // The radios of an invalid group are all invalid; the summary links to the group (its first radio).
            const inLinkedGroup = f => f.type === 'radio' && [...linked].some(c => c.type === 'radio' && c.name === f.name);
            for (const field of document.querySelectorAll('[aria-invalid=true]')) {
                if (!linked.has(field) && !inLinkedGroup(field)) problems.push('#' + field.id + ' is aria-invalid but the summary does not link to it');
            }
            return problems;
        }
        """;

    [BrowserTheory]
    [MemberData(nameof(FormsWithErrors.Names), MemberType = typeof(FormsWithErrors))]
    public async Task Form_errors_are_announced_focused_and_linked_to_their_fields(string pageType)
    {
        await using var tab = await FormsWithErrors.OpenAsync(suite, pageType);
        await AutofocusAsync(tab.Page);

        var problems = await tab.Page.EvaluateAsync<string[]>(Problems);

        Assert.True(problems.Length == 0, $"{pageType} ({tab.Page.Url}):\n" + string.Join("\n", problems));
    }

    /// <summary>The browser applies autofocus at its next rendering step after loading; on a busy machine that is later than "load".</summary>
    private static async Task AutofocusAsync(Microsoft.Playwright.IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement !== document.body", null, new() { Timeout = 5000 });
        }
        catch (TimeoutException)
        {
            // Reported below as "focus is on body".
        }
    }
}
