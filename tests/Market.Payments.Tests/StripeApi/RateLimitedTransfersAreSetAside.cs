using Market.Domain.Payouts;
using Market.Payments.Payouts;
using Stripe;

namespace Market.Payments.Tests.StripeApi;

/// <summary>
/// A transfer Stripe still rate-limits (429) after Stripe.net's retries is reported in the payout run's
/// own words, so the run sets that party aside and goes on; other failures stay what they were.
/// </summary>
public sealed class RateLimitedTransfersAreSetAside : IDisposable
{
    private readonly StripeFake _stripe = new();
    private readonly PayoutTransfer _transfer = new("run_limited", "p_artist", "acct_artist", 1234, "payout:run_limited:p_artist");

    private StripePayoutGateway Gateway => new(_stripe.Get<StripeClient>(), _stripe.Get<PaymentsOptions>());

    [Fact]
    public async Task ATransferStillLimitedAfterStripeNetsRetriesIsRateLimited()
    {
        _stripe.Balance();
        _stripe.Answer("POST", "/v1/transfers", 429, """{"error": {"type": "invalid_request_error", "code": "rate_limit", "message": "Too many requests hit the API too quickly."}}""");

        var limited = await Should.ThrowAsync<PayoutRateLimitedException>(() => Gateway.TransferAsync(_transfer));

        limited.Message.ShouldContain("Too many requests hit the API too quickly.");
        limited.InnerException.ShouldBeOfType<PaymentException>().RateLimited.ShouldBeTrue();
    }

    [Fact]
    public async Task ALimitedBalanceReadBeforeTheTransferIsRateLimitedToo()
    {
        _stripe.Answer("GET", "/v1/balance", 429, """{"error": {"type": "invalid_request_error", "code": "rate_limit", "message": "Too many requests."}}""");

        await Should.ThrowAsync<PayoutRateLimitedException>(() => Gateway.TransferAsync(_transfer));

        _stripe.Requests.ShouldNotContain(r => r.RequestMessage.Method == "POST", "no transfer is attempted");
    }

    [Fact]
    public async Task AServerErrorIsUnavailableNotRateLimited()
    {
        _stripe.Balance();
        _stripe.Answer("POST", "/v1/transfers", 500, """{"error": {"type": "api_error", "message": "Something went wrong on Stripe's end."}}""");

        var failure = await Should.ThrowAsync<PaymentException>(() => Gateway.TransferAsync(_transfer));

        failure.Kind.ShouldBe(PaymentErrorKind.Unavailable);
        failure.RateLimited.ShouldBeFalse();
    }

    public void Dispose() => _stripe.Dispose();
}
