using Market.Domain.Payouts;

namespace Market.Payments.Tests.StripeApi;

/// <summary>Connect Express onboarding and the transfer lookup, as Stripe.net sends them to the API.</summary>
public sealed class ConnectAccountRequests : IDisposable
{
    private readonly StripeFake _stripe = new();

    [Fact]
    public async Task OpeningAnAccountCreatesAnExpressAccountOncePerPartyAndAnOnboardingLink()
    {
        _stripe.Answer("POST", "/v1/accounts", 200, """{"id": "acct_1", "object": "account", "type": "express", "payouts_enabled": false}""");
        _stripe.Answer("POST", "/v1/account_links", 200, """{"object": "account_link", "url": "https://connect.stripe.com/setup/e/acct_1/abc", "expires_at": 1900000000}""");

        var setup = await _stripe.Get<IPayoutAccountGateway>().OpenAsync("party_1", "artist@example.com", new Uri("https://market.test/Dashboard/Payouts"));

        setup.ShouldBe(new PayoutAccountSetup("acct_1", false, new Uri("https://connect.stripe.com/setup/e/acct_1/abc")));
        var (account, link) = (_stripe.Requests[0], _stripe.Requests[1]);
        account.Form()["type"].ShouldBe("express");
        account.Form()["email"].ShouldBe("artist@example.com");
        account.Form()["metadata[partyId]"].ShouldBe("party_1");
        account.Header("Idempotency-Key").ShouldBe("connect:party_1");
        link.Form()["account"].ShouldBe("acct_1");
        link.Form()["type"].ShouldBe("account_onboarding");
        link.Form()["return_url"].ShouldBe("https://market.test/Dashboard/Payouts");
        link.Form()["refresh_url"].ShouldBe("https://market.test/Dashboard/Payouts");
    }

    [Fact]
    public async Task AnAccountAlreadyEnabledNeedsNoLink()
    {
        _stripe.Answer("POST", "/v1/accounts", 200, """{"id": "acct_2", "object": "account", "type": "express", "payouts_enabled": true}""");

        var setup = await _stripe.Get<IPayoutAccountGateway>().OpenAsync("party_2", "artist@example.com", new Uri("https://market.test/"));

        setup.ShouldBe(new PayoutAccountSetup("acct_2", true, null));
        _stripe.Requests.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task AfterTheKeyLifetimeATransferIsListedByRunAndPartyAndFoundInsteadOfMadeAgain()
    {
        _stripe.Answer("GET", "/v1/transfers", 200, """
            {"object": "list", "url": "/v1/transfers", "has_more": false, "data": [
              {"id": "tr_other", "object": "transfer", "amount": 500, "currency": "usd", "destination": "acct_9", "transfer_group": "run_1", "metadata": {"partyId": "party_8"}},
              {"id": "tr_mine", "object": "transfer", "amount": 1625, "currency": "usd", "destination": "acct_9", "transfer_group": "run_1", "metadata": {"partyId": "party_9"}}]}
            """);

        var id = await _stripe.Get<IPayoutGateway>().TransferAsync(new PayoutTransfer("run_1", "party_9", "acct_9", 1625, "payout:run_1:party_9", KeyMayHaveExpired: true));

        id.ShouldBe("tr_mine");
        var list = _stripe.Requests.ShouldHaveSingleItem();
        list.RequestMessage.Query!["transfer_group"].ShouldBe(["run_1"]);
        list.RequestMessage.Query!["destination"].ShouldBe(["acct_9"]);
    }

    [Fact]
    public async Task AfterTheKeyLifetimeATransferNotFoundIsMadeWithItsKey()
    {
        _stripe.Answer("GET", "/v1/transfers", 200, """{"object": "list", "url": "/v1/transfers", "has_more": false, "data": []}""");
        _stripe.Balance();
        _stripe.Answer("POST", "/v1/transfers", 200, """{"id": "tr_new", "object": "transfer", "amount": 1625, "currency": "usd", "destination": "acct_9", "transfer_group": "run_1"}""");

        var id = await _stripe.Get<IPayoutGateway>().TransferAsync(new PayoutTransfer("run_1", "party_9", "acct_9", 1625, "payout:run_1:party_9", KeyMayHaveExpired: true));

        id.ShouldBe("tr_new");
        _stripe.Requests.Select(r => $"{r.RequestMessage.Method} {r.RequestMessage.Path}").ShouldBe(["GET /v1/transfers", "GET /v1/balance", "POST /v1/transfers"]);
        var create = _stripe.Requests[2];
        create.Header("Idempotency-Key").ShouldBe("payout:run_1:party_9");
        create.Form()["transfer_group"].ShouldBe("run_1");
        create.Form()["metadata[partyId]"].ShouldBe("party_9");
    }

    public void Dispose() => _stripe.Dispose();
}
