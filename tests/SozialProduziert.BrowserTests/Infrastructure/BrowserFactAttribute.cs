namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>A fact that needs Chromium (and optionally the npm checkers): skipped with install hints where they are missing, except under CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute(Needs needs = Needs.Chromium)
    {
        Skip = Prerequisites.SkipReason(needs | Needs.Chromium);
    }
}

/// <summary>The theory form of <see cref="BrowserFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute(Needs needs = Needs.Chromium)
    {
        Skip = Prerequisites.SkipReason(needs | Needs.Chromium);
    }
}
