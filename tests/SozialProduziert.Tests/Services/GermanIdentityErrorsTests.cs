using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Tests.Services;

/// <summary>Every message Identity can produce reaches staff in German.</summary>
public class GermanIdentityErrorsTests
{
    [Fact]
    public void Every_Identity_error_has_a_German_text()
    {
        var german = new GermanIdentityErrorDescriber();
        var english = new IdentityErrorDescriber();
        var methods = typeof(IdentityErrorDescriber).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.IsVirtual && m.ReturnType == typeof(IdentityError))
            .ToList();

        Assert.NotEmpty(methods);
        foreach (var method in methods)
        {
            var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)12 : "maria@komunitas.example").ToArray();
            var text = ((IdentityError)method.Invoke(german, arguments)!).Description;
            Assert.NotEqual(((IdentityError)method.Invoke(english, arguments)!).Description, text);
            Assert.Equal(method.Name, ((IdentityError)method.Invoke(german, arguments)!).Code);
        }
    }

    [Fact]
    public async Task The_portal_uses_the_German_texts()
    {
        await using var portal = new PortalFactory();
        await using var scope = portal.Services.CreateAsyncScope();

        Assert.IsType<GermanIdentityErrorDescriber>(scope.ServiceProvider.GetRequiredService<IdentityErrorDescriber>());
    }
}
