using System.Text.Json;
using Microsoft.Playwright;

namespace Market.Web.Tests.Browser;

/// <summary>
/// axe-core, installed from npm by <c>infra/test.sh</c> (<c>npm ci</c> in tests/Market.Web.Tests/axe), run inside a page.
/// Without it the check fails, saying how to install it: it never passes by skipping.
/// </summary>
internal static class AxeCheck
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Market.sln"))) dir = dir.Parent;
        var path = Path.Combine(dir?.FullName ?? ".", "tests", "Market.Web.Tests", "axe", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"axe-core is not at {path}: run `npm ci` in tests/Market.Web.Tests/axe (infra/test.sh does).");
    });

    /// <summary>The serious and critical violations on the page now, one line each ("path: rule (impact) help — nodes").</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Content = Script.Value });
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)
            """);
        var path = new Uri(page.Url).PathAndQuery;
        return [.. violations.EnumerateArray().Select(v => $"{path}: {v.GetString()}")];
    }
}
