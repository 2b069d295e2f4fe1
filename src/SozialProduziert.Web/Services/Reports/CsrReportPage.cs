namespace SozialProduziert.Web.Services.Reports;

/// <summary>The report page: the report, the base URL for absolute links, where its downloads live and the way back.</summary>
public sealed record CsrReportPage(CsrReport Report, string BaseUrl, string DownloadPath, string BackUrl)
{
    public string DownloadUrl(string format) => $"{DownloadPath}/{Report.Year}.{format}";
}
