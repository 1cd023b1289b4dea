using Marten;
using System.Security.Cryptography;
using Market.Store.Licenses;
using Market.Store.Secrets;
using Market.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Store.Tests.Licenses;

/// <summary>
/// Issuing inserts without reading first; a replay (a webhook delivered again after a crash) must
/// still find what was stored and keep its first signature, and a concurrent replay must not fail.
/// </summary>
public sealed class IssuingLicensesAgainKeepsTheFirst
{
    [Fact]
    public async Task A_replay_returns_the_stored_records_and_stores_only_the_new_ones()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("licenses_replay");
        await using var provider = await StartAsync(database.ConnectionString);
        var licenses = provider.GetRequiredService<LicenseRegistry>();
        var first = Certificate("lic_a");

        var issued = await licenses.IssueAsync([first], CancellationToken.None);
        var again = await licenses.IssueAsync([first, Certificate("lic_b")], CancellationToken.None);

        again.Select(r => r.Id).ShouldBe(["lic_a", "lic_b"]);
        again[0].Signature.ShouldBe(issued[0].Signature);
        (await licenses.FindAsync("lic_b", CancellationToken.None)).ShouldNotBeNull();
        foreach (var record in again)
        {
            (await licenses.VerifyAsync(record.Certificate, record.Signature, CancellationToken.None)).ShouldBeTrue();
        }
    }

    [Fact]
    public async Task Concurrent_issues_of_the_same_licenses_agree_on_one_record_each()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("licenses_race");
        await using var provider = await StartAsync(database.ConnectionString);
        var licenses = provider.GetRequiredService<LicenseRegistry>();
        IReadOnlyList<LicenseCertificate> certificates = [Certificate("lic_c"), Certificate("lic_d")];

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => licenses.IssueAsync(certificates, CancellationToken.None))));

        var stored = await Task.WhenAll(certificates.Select(c => licenses.FindAsync(c.LicenseId, CancellationToken.None)));
        foreach (var result in results)
        {
            result.Select(r => r.Signature).ShouldBe(stored.Select(r => r!.Signature));
        }
    }

    private static async Task<ServiceProvider> StartAsync(string connectionString)
    {
        var kek = KeyEncryptionKey.From(new SecretsOptions { KeyEncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
        var provider = new ServiceCollection().AddSingleton(TimeProvider.System).AddSingleton(kek)
            .AddMarketStore(new MarketStoreOptions { ConnectionString = connectionString }).BuildServiceProvider();
        await provider.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return provider;
    }

    private static LicenseCertificate Certificate(string id) => new(
        id, "o_1", "p_buyer", "Buyer", "w_1", "A work", null, "personal", LicenseCertificate.CurrentTermsVersion, 500, "usd",
        new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero), "Original work by p_artist");
}
