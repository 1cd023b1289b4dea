namespace Market.Domain;

/// <summary>Problems found in a request, by field path; the shape RFC 7807 validation answers use.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    /// <summary>True when nothing is wrong.</summary>
    public bool IsEmpty => _byField.Count == 0;

    /// <summary>Records a problem with <paramref name="field"/>.</summary>
    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var messages))
        {
            _byField[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>The problems as field → messages.</summary>
    public Dictionary<string, string[]> ToDictionary() =>
        _byField.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
}
