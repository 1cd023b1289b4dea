using System.Globalization;
using Market.Domain;

namespace Market.Web.Api;

/// <summary>Reads query-string numbers so that a bad one is named in the problem answer.</summary>
public static class QueryParameters
{
    /// <summary>The parameter as a whole number, null when absent; a bad value is recorded in <paramref name="errors"/>.</summary>
    public static long? WholeNumber(HttpRequest request, string name, ValidationErrors errors)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0) return null;
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        errors.Add(name, $"{name} must be a whole number; '{text}' is not.");
        return null;
    }

    /// <summary>The parameter as text, null when absent or blank.</summary>
    public static string? Text(HttpRequest request, string name) =>
        request.Query[name].ToString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
