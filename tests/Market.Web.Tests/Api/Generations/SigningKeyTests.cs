using Marten;
using Market.Store.Models.Signing;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests.Api.Generations;

public sealed class SigningKeyTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task NodesRacingToMakeTheKeyAllEndUpWithTheSameOne()
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var stored = app.Services.GetRequiredService<SigningKeyStore>();
        await using (var session = store.LightweightSession())
        {
            session.DeleteWhere<SigningKeyRecord>(_ => true);
            await session.SaveChangesAsync();
        }

        // Each signer stands for a node starting with no key in the database.
        var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => new PlatformSigner(stored, TimeProvider.System).PublicKeyAsync(CancellationToken.None))));

        keys.Select(k => k.KeyId).Distinct().ShouldHaveSingleItem();
        var payload = "hello"u8.ToArray();
        var signature = await new PlatformSigner(stored, TimeProvider.System).SignAsync(payload, CancellationToken.None);
        (await new PlatformSigner(stored, TimeProvider.System).VerifyAsync(payload, signature, CancellationToken.None)).ShouldBeTrue();
        signature.KeyId.ShouldBe(keys[0].KeyId);
    }
}
