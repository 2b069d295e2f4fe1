using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Inquiries;
using SozialProduziert.Web.ViewModels.Inquiries;

namespace SozialProduziert.Web.Controllers;

/// <summary>
/// The follow-up form behind the single-use link in the mail sent when an inquiry is closed: did an order come
/// about, and roughly how much was it worth? Answering uses the link up. The key travels in the query string, which
/// the request log leaves out, so it never lands in a log file.
/// </summary>
[Route("rueckmeldung")]
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class FollowUpController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Answer([FromQuery(Name = "code")] string? token, CancellationToken cancellationToken)
    {
        var inquiry = await FindAsync(token, cancellationToken);
        return inquiry is null ? Invalid() : View(new FollowUpViewModel { Input = new FollowUpInput(), Token = token!, InquiryNumber = inquiry.Value.Id, Topic = inquiry.Value.Topic });
    }

    [HttpPost("")]
    public async Task<IActionResult> Answer([FromQuery(Name = "code")] string? token, FollowUpInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var inquiry = await FindAsync(token, cancellationToken);
        if (inquiry is null)
        {
            return Invalid();
        }

        input.Validate(ModelState);
        if (!ModelState.IsValid)
        {
            return View(new FollowUpViewModel { Input = input, Token = token!, InquiryNumber = inquiry.Value.Id, Topic = inquiry.Value.Topic });
        }

        // The token is cleared in the same statement that stores the answer: of two posts at once, one wins.
        var hash = FollowUpTokens.Hash(token!);
        var outcome = input.OutcomeValue;
        var value = input.StoredValue;
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await db.Inquiries.Where(i => i.FollowUpTokenHash == hash)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.OrderOutcome, outcome).SetProperty(x => x.OrderValueEuro, value)
                .SetProperty(x => x.FollowUpAnsweredAt, now).SetProperty(x => x.FollowUpTokenHash, (string?)null), cancellationToken);
        return stored == 1 ? RedirectToAction(nameof(Thanks)) : Invalid();
    }

    [HttpGet("danke")]
    public IActionResult Thanks() => View();

    private async Task<(int Id, string? Topic)?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (!FollowUpTokens.IsWellFormed(token))
        {
            return null;
        }

        var hash = FollowUpTokens.Hash(token);
        var found = await db.Inquiries.AsNoTracking().Where(i => i.FollowUpTokenHash == hash)
            .Select(i => new { i.Id, i.Topic }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Id, found.Topic);
    }

    private ViewResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("Invalid");
    }
}
