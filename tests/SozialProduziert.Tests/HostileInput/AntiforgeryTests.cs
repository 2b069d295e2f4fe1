using System.Net;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.HostileInput;

/// <summary>Every form post needs the anti-forgery token of the visitor's own session: missing or wrong gives 400.</summary>
public class AntiforgeryTests
{
    public static TheoryData<string, string> Tokens => new()
    {
        { "/admin/anmelden", "missing" },
        { "/admin/anmelden", "wrong" },
        { "/admin/anmelden", "someone else's" },
        { "/admin/praxisbeispiele/neu", "missing" },
        { "/admin/praxisbeispiele/neu", "wrong" },
        { "/admin/praxisbeispiele/neu", "someone else's" },
        { "/admin/abmelden", "missing" },
    };

    [Theory]
    [MemberData(nameof(Tokens))]
    public async Task A_post_without_the_sessions_own_token_is_refused_with_400(string action, string token)
    {
        await using var portal = new PortalFactory();
        var client = action == "/admin/anmelden" ? portal.CreateBrowser() : await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = new List<KeyValuePair<string, string>> { new("Email", "anna@komunitas.example"), new("Password", StaffSession.Password), new("Title", "Ohne Token") };
        _ = await client.AntiforgeryTokenAsync("/admin/anmelden"); // the visitor's own cookie is there, only the posted token is not
        switch (token)
        {
            case "wrong":
                fields.Add(new("__RequestVerificationToken", "CfDJ8-gefaelscht-" + new string('x', 100)));
                break;
            case "someone else's":
                fields.Add(new("__RequestVerificationToken", await portal.CreateBrowser().AntiforgeryTokenAsync("/admin/anmelden")));
                break;
        }

        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(action, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
