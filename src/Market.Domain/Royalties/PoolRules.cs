using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>
/// What a training contribution must satisfy. Consent is the application's check; here: an
/// unsealed model version, a known work not already in the set, a weight of 1 to 1,000,000, and
/// never a piece the version itself generated.
/// </summary>
public static class PoolRules
{
    /// <summary>Why <paramref name="contribution"/> cannot join <paramref name="model"/>'s pool, or null when it can.</summary>
    public static string? RejectionOf(IRoyaltyGraph graph, ModelId model, Contribution contribution)
    {
        var version = graph.FindModel(model);
        var work = graph.FindWork(contribution.Work);
        return version is null ? $"model version '{model}' does not exist"
            : version.IsSealed ? $"model version '{model}' is sealed"
            : work is null ? $"work '{contribution.Work}' does not exist"
            : contribution.InclusionWeight is < 1 or > Contribution.MaxInclusionWeight
                ? $"inclusion weight {contribution.InclusionWeight} is outside 1 to 1,000,000"
            : work is GeneratedWork generated && generated.Model == model ? "a model version cannot train on its own output"
            : graph.IsContribution(model, contribution.Work) ? $"work '{contribution.Work}' is already a contribution"
            : null;
    }

    /// <summary>Checks that a model version can be sealed: it exists, is not sealed, and has someone to pay its pool to.</summary>
    /// <exception cref="ArgumentException">The version is missing, already sealed, or has no contributions.</exception>
    public static void EnsureCanSeal(IRoyaltyGraph graph, ModelId model)
    {
        var problem = graph.FindModel(model) is not { } version ? "does not exist"
            : version.IsSealed ? "is already sealed"
            : graph.ContributionsOf(model).Count == 0 ? "has no contributions, so its pool would pay no one"
            : null;
        if (problem is not null)
        {
            throw new ArgumentException($"Model version '{model}' {problem}.", nameof(model));
        }
    }
}
