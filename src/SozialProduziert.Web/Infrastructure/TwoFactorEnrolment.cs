using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Administrators must use two-factor sign-in. Part of the staff policies: it fails for an Administrator whose
/// cookie has no two-factor claim, except on endpoints marked <see cref="AllowWithoutTwoFactorAttribute"/>
/// (the set-up itself); <see cref="TwoFactorEnrolmentResultHandler"/> then sends them to the set-up page.
/// </summary>
public sealed class TwoFactorEnrolmentRequirement : AuthorizationHandler<TwoFactorEnrolmentRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorEnrolmentRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        var exempt = context.Resource is HttpContext http && http.GetEndpoint()?.Metadata.GetMetadata<AllowWithoutTwoFactorAttribute>() is not null;
        if (exempt || !user.IsInRole(Roles.Administrator) || user.HasClaim(PortalClaims.TwoFactorEnabled, "true"))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Marks the pages an Administrator without two-factor sign-in may still open: setting it up.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;

/// <summary>Turns a failed <see cref="TwoFactorEnrolmentRequirement"/> into a redirect to the set-up page instead of a 403.</summary>
public sealed class TwoFactorEnrolmentResultHandler : IAuthorizationMiddlewareResultHandler
{
    public const string SetUpPath = "/admin/konto/zwei-faktor";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        var failed = authorizeResult.AuthorizationFailure?.FailedRequirements.ToList();
        if (authorizeResult.Forbidden && failed is { Count: > 0 } && failed.All(r => r is TwoFactorEnrolmentRequirement))
        {
            context.Response.Redirect(SetUpPath);
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
