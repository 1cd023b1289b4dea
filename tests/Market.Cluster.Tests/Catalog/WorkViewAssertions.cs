using Market.Contracts.Works;

namespace Market.Cluster.Tests.Catalog;

/// <summary>Compares work views field by field: records holding lists compare the lists by reference.</summary>
public static class WorkViewAssertions
{
    /// <summary>Checks that <paramref name="actual"/> is the work as registered.</summary>
    public static void ShouldBeTheRegistered(this WorkView? actual, WorkView expected, Func<string> describe)
    {
        actual.ShouldNotBeNull($"work {expected.Id} has no state.\n{describe()}");
        actual.ShouldSatisfyAllConditions(
            $"work {expected.Id} lost state.\n{describe()}",
            () => actual.Id.ShouldBe(expected.Id),
            () => actual.ArtistId.ShouldBe(expected.ArtistId),
            () => actual.Title.ShouldBe(expected.Title),
            () => actual.Description.ShouldBe(expected.Description),
            () => actual.Kind.ShouldBe(expected.Kind),
            () => actual.Tags.ShouldBe(expected.Tags),
            () => actual.Offers.ShouldBe(expected.Offers),
            () => actual.Consent.ShouldBe(expected.Consent),
            () => actual.File.ShouldBe(expected.File),
            () => actual.RegisteredAt.ShouldBe(expected.RegisteredAt));
    }
}
