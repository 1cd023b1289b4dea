using Market.Contracts.Works;
using Market.Domain;
using Market.Domain.Ids;
using Market.Domain.Royalties;
using Market.Store.Models;

namespace Market.Web.Models;

/// <summary>One attribution entry as sent: the work and its score's JSON number text (null when it was not a number).</summary>
public sealed record AttributionEntry(string? WorkId, string? Score);

/// <summary>
/// Turns a generated piece's attribution scores into ppm weights (DESIGN 2.1). Every bad entry is
/// reported by its path, e.g. <c>attribution[3].workId</c>; then <see cref="Attribution.FromScores"/>
/// does the exact arithmetic and checks the rules once more.
/// </summary>
public sealed class AttributionWeighing(TrainingSetQueries trainingSets)
{
    /// <summary>The weights, or null when <paramref name="errors"/> got a problem.</summary>
    public async Task<List<AttributionWeight>?> WeighAsync(
        string modelId, IReadOnlyList<AttributionEntry> entries, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (entries.Count > Attribution.MaxEntries)
        {
            errors.Add("attribution", $"The attribution has {entries.Count} entries; at most {Attribution.MaxEntries} are allowed.");
            return null;
        }

        var ids = entries.Select(e => e.WorkId).OfType<string>().Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToArray();
        var contributions = await trainingSets.ContributionsAmongAsync(modelId, ids, cancellationToken);
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var scores = new List<AttributionScore>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var (workId, score, path) = (entries[i].WorkId, entries[i].Score, $"attribution[{i}]");
            if (string.IsNullOrWhiteSpace(workId)) { errors.Add($"{path}.workId", "A contribution's work id is required."); continue; }
            if (!firstSeen.TryAdd(workId, i)) errors.Add($"{path}.workId", $"Work '{workId}' is already attributed at attribution[{firstSeen[workId]}].");
            else if (!contributions.Contains(workId)) errors.Add($"{path}.workId", $"Work '{workId}' is not a contribution of model version '{modelId}'.");
            if (score is null) { errors.Add($"{path}.score", "The score must be a JSON number, finite and at least 0."); continue; }
            try
            {
                var parsed = AttributionScore.Parse(i, new WorkId(workId), score);
                if (parsed.Score < 0m) errors.Add($"{path}.score", $"The score is negative ({parsed.Score}); scores are at least 0.");
                scores.Add(parsed);
            }
            catch (ArgumentException e)
            {
                errors.Add($"{path}.score", e.Message.Replace(" (Parameter 'score')", "", StringComparison.Ordinal));
            }
        }

        if (errors.IsEmpty && scores.Count > 0 && scores.All(s => s.Score == 0m))
        {
            errors.Add("attribution", "The attribution scores are all zero; at least one must be positive.");
        }

        if (!errors.IsEmpty) return null;
        var attribution = Attribution.FromScores(scores, work => contributions.Contains(work.Value));
        return [.. attribution.Entries.Select(e => new AttributionWeight(e.Contribution.Value, e.WeightPpm))];
    }
}
