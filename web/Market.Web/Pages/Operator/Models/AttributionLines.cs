using Market.Web.Models;

namespace Market.Web.Pages.Operator.Models;

/// <summary>Reads attribution typed as lines of <c>workId score</c>; the score stays text so its exact decimal is weighed.</summary>
public static class AttributionLines
{
    /// <summary>The entries, and a message per line that is not two words.</summary>
    public static (List<AttributionEntry> Entries, List<string> Problems) Parse(string? text)
    {
        var (entries, problems) = (new List<AttributionEntry>(), new List<string>());
        var lines = (text ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var words = lines[i].Split([' ', '\t', '\r', ','], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            if (words.Length == 2) entries.Add(new AttributionEntry(words[0], words[1]));
            else problems.Add($"Line {i + 1} ('{lines[i].Trim()}') is not a work id and a score, like 'w_123 0.5'.");
        }

        return (entries, problems);
    }
}
