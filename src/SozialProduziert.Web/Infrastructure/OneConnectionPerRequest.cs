using System.Data.Common;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Opens the request's database connection once, before the action, and closes it when the request is done. EF Core
/// otherwise opens and closes it around every query, and on SQLite every opening registers EF's SQL functions on the
/// connection again, leaving the previous registrations to the finalizer: about 60 handles per request on a
/// Sozialbetrieb page with its six queries (docs/performance.md). On SQLite the connection of a pooled context now
/// stays open between requests anyway (<see cref="SqliteStatements.SqliteStatementReuse"/>), so opening finds it open
/// and closing leaves it so; the filter still serves SQL Server.
/// </summary>
public sealed class OneConnectionPerRequest : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var database = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>().Database;
        var opened = false;
        try
        {
            await database.OpenConnectionAsync(context.HttpContext.RequestAborted);
            opened = true;
        }
        catch (DbException)
        {
            // The database cannot be reached: the action's first query reports that exactly as without this filter,
            // and an error page that needs no database still renders.
        }

        try
        {
            await next();
        }
        finally
        {
            if (opened)
            {
                await database.CloseConnectionAsync();
            }
        }
    }
}
