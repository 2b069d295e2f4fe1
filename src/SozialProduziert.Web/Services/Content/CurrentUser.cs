using System.Security.Claims;

namespace SozialProduziert.Web.Services.Content;

/// <summary>Who is acting in this request, for revisions and the audit log.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public string? Id => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The account name, or "System" outside a signed-in request (seeding, command line).</summary>
    public string Name => accessor.HttpContext?.User.Identity?.Name ?? "System";
}
