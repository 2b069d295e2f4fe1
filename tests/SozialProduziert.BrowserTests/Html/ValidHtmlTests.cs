using System.Text;
using Microsoft.Playwright;
using SozialProduziert.BrowserTests.Infrastructure;

namespace SozialProduziert.BrowserTests.Html;

/// <summary>
/// Every public page type, every public detail page of the demo content and every admin and personal page a GET
/// opens, as the server sends it, passes the Nu Html Checker
/// without errors. The pages are saved to artifacts/checked-html and checked in one run of the checker.
/// </summary>
[Collection(BrowserGroup.Name)]
public class ValidHtmlTests(BrowserSuite suite)
{
    [BrowserFact(Needs.HtmlChecker)]
    public async Task Every_public_and_admin_page_type_passes_the_nu_html_checker()
    {
        var pages = new SavedPages(ProjectPaths.CheckedHtml);
        await using (var visitor = await suite.RequestsAsync(suite.Demo))
        {
            foreach (var type in PublicPageTypes.All.Where(t => t.Submit is null))
            {
                await pages.SaveAsync(visitor, type.Name, await suite.Demo.UrlOfAsync(type.Url));
            }

            foreach (var (name, url) in await suite.Demo.Portal.WithDbAsync(db => PublicPageTypes.EveryDetailPageAsync(db, DateTime.UtcNow)))
            {
                await pages.SaveAsync(visitor, name, url);
            }
        }

        var admin = await suite.AdminSiteAsync();
        foreach (var account in Enum.GetValues<AdminPageTypes.Account>())
        {
            await using var staff = await suite.RequestsAsync(admin.Site, await admin.StateForAsync(account));
            foreach (var type in AdminPageTypes.All.Concat(PersonalPageTypes.All).Where(t => t.As == account && t.Url is not null))
            {
                await pages.SaveAsync(staff, type.Name, type.Url!(admin));
            }
        }

        var messages = await NuHtmlChecker.CheckAsync(pages.Files);

        Assert.True(messages.Count == 0, pages.Describe(messages));
    }

    /// <summary>The pages a form post answers with its errors, as the server sent them (they cannot be fetched by GET).</summary>
    [BrowserFact(Needs.HtmlChecker)]
    public async Task Every_form_sent_back_with_errors_passes_the_nu_html_checker()
    {
        var pages = new SavedPages(ProjectPaths.CheckedHtml + "-forms");
        var client = 0;
        foreach (var pageType in FormsWithErrors.Names)
        {
            await using var tab = await FormsWithErrors.OpenAsync(suite, pageType, $"10.77.0.{++client}");
            pages.Save(pageType, tab.Page.Url, await tab.DocumentSourceAsync());
        }

        var messages = await NuHtmlChecker.CheckAsync(pages.Files);

        Assert.True(messages.Count == 0, pages.Describe(messages));
    }

    [BrowserFact(Needs.HtmlChecker)]
    public async Task The_checker_reports_invalid_markup_with_its_line()
    {
        var file = Path.Combine(ProjectPaths.CheckedHtml, "selbsttest.html");
        Directory.CreateDirectory(ProjectPaths.CheckedHtml);
        await File.WriteAllTextAsync(file, "<!DOCTYPE html>\n<html lang=\"de\"><head><title>T</title></head>\n<body><p><div>x</div></p><img src=\"a.png\"></body></html>");

        var messages = await NuHtmlChecker.CheckAsync([file]);

        Assert.Contains(messages, m => m.Line == 3 && m.Text.Contains("alt", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Text.Contains("No “p” element in scope", StringComparison.Ordinal));
    }

    /// <summary>Pages written to numbered files, remembering which page type each file is.</summary>
    private sealed class SavedPages
    {
        private readonly Dictionary<string, string> _names = [];

        private readonly string _folder;

        public SavedPages(string folder)
        {
            _folder = folder;
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);
        }

        public IReadOnlyList<string> Files => [.. _names.Keys];

        public async Task SaveAsync(IAPIRequestContext requests, string name, string url)
        {
            var response = await requests.GetAsync(url);
            Assert.True(response.Status is 200 or 404, $"GET {url} ({name}) answered {response.Status}.");
            Save(name, url, await response.TextAsync());
        }

        public void Save(string name, string url, string html)
        {
            var file = Path.Combine(_folder, $"{_names.Count + 1:000}.html");
            File.WriteAllText(file, html);
            _names[file] = $"{name} ({url})";
        }

        public string Describe(IReadOnlyList<NuHtmlChecker.Message> messages)
        {
            var text = new StringBuilder($"{messages.Count} HTML error(s):\n");
            foreach (var message in messages)
            {
                var page = _names.FirstOrDefault(n => Path.GetFileName(n.Key) == message.File).Value ?? message.File;
                text.AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                    $"  {page}, line {message.Line}: {message.Text}\n    {message.Extract.ReplaceLineEndings(" ")}");
            }

            return text.ToString();
        }
    }
}
