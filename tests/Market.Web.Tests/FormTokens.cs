using System.Text.RegularExpressions;

namespace Market.Web.Tests;

/// <summary>Reads the antiforgery token a Razor page puts in its forms, so tests can post them as a browser would.</summary>
public static partial class FormTokens
{
    /// <summary>The token in <paramref name="html"/>, or an empty string when the page has no form.</summary>
    public static string From(string html) => Token().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
