using Market.Payments.Sandbox;
using Market.Payments.Webhooks;
using Market.Testing;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Market.Payments.Tests.Sandbox;

/// <summary>Without a configured secret, nodes racing on an empty database agree on one generated secret.</summary>
public sealed class SandboxWebhookSecretIsShared
{
    [Fact]
    public async Task NodesStartingTogetherSignAndVerifyWithOneSecret()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("paysecret");
        var nodes = new List<ServiceProvider>();
        for (var i = 0; i < 4; i++)
        {
            nodes.Add(await SandboxFixture.CreateServicesAsync(database.ConnectionString));
        }

        using var site = WireMockServer.Start();
        site.Given(Request.Create().WithPath(PaymentRoutes.Webhook).UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        try
        {
            var secrets = await Task.WhenAll(nodes.Select(n => n.GetRequiredService<IWebhookSecret>().GetAsync(CancellationToken.None).AsTask()));
            secrets.Distinct().ShouldHaveSingleItem().ShouldStartWith("whsec_");

            var emitter = nodes[0].GetRequiredService<SandboxEventEmitter>();
            var emitted = emitter.Create("account.updated", new System.Text.Json.Nodes.JsonObject { ["id"] = "acct_sandbox_1", ["object"] = "account" });
            (await emitter.DeliverAsync(emitted, new Uri(new Uri(site.Url!), PaymentRoutes.Webhook))).ShouldBeTrue();

            var post = site.LogEntries.ShouldHaveSingleItem().RequestMessage;
            var result = await nodes[3].GetRequiredService<StripeWebhook>().VerifyAsync(post.Body!, post.Headers![StripeWebhook.SignatureHeader].Single());
            result.IsValid.ShouldBeTrue(result.Message);
            result.Event!.Id.ShouldBe(emitted.Id);
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }
}
