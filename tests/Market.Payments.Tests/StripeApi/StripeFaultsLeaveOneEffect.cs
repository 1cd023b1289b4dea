using Market.Domain.Payouts;
using Market.Payments.Payouts;
using Market.Payments.Refunds;
using Stripe;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Market.Payments.Tests.StripeApi;

/// <summary>
/// Stripe answering 500, 429 or not at all, on the calls that move money: every try carries the
/// same idempotency key, so Stripe makes the transfer or refund once, and the caller gets that one.
/// </summary>
public sealed class StripeFaultsLeaveOneEffect : IDisposable
{
    private const string TooLate = """{"error": {"type": "api_error", "message": "answered after the client gave up"}}""";

    private readonly StripeFake _stripe = new(maxNetworkRetries: 2, requestTimeoutSeconds: 1);

    public enum Fault
    {
        ServerError,
        RateLimited,
        Timeout,
    }

    [Theory]
    [InlineData(Fault.ServerError)]
    [InlineData(Fault.RateLimited)]
    [InlineData(Fault.Timeout)]
    public async Task ATransferThatFailsOnceIsMadeOnceWithOneKey(Fault fault)
    {
        _stripe.Balance();
        FailOnceThenAnswer("/v1/transfers", fault, """{"id": "tr_once", "object": "transfer", "amount": 1234, "currency": "usd"}""");
        var gateway = new StripePayoutGateway(_stripe.Get<StripeClient>(), _stripe.Get<PaymentsOptions>());
        var transfer = new PayoutTransfer("run_1", "p_artist", "acct_artist", 1234, "payout:run_1:p_artist");

        var id = await UntilDoneAsync(() => gateway.TransferAsync(transfer));

        id.ShouldBe("tr_once");
        ShouldAllCarry("payout:run_1:p_artist");
    }

    [Theory]
    [InlineData(Fault.ServerError)]
    [InlineData(Fault.RateLimited)]
    [InlineData(Fault.Timeout)]
    public async Task ARefundThatFailsOnceIsMadeOnceWithOneKey(Fault fault)
    {
        _stripe.NoRefundsYet();
        FailOnceThenAnswer("/v1/refunds", fault, """{"id": "re_once", "object": "refund", "amount": 500, "currency": "usd", "status": "succeeded", "payment_intent": "pi_1"}""");

        var receipt = await UntilDoneAsync(() => _stripe.Get<IRefundGateway>().RefundAsync("pi_1", 500, "refund:order_1:1"));

        receipt.RefundId.ShouldBe("re_once");
        ShouldAllCarry("refund:order_1:1");
    }

    // What the payout run and the refund command do: a call that still fails as unavailable after
    // Stripe.net's own retries is tried again later with the same key.
    private static async Task<T> UntilDoneAsync<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (PaymentException unavailable) when (unavailable.Kind == PaymentErrorKind.Unavailable && attempt < 3)
            {
            }
            catch (PayoutRateLimitedException) when (attempt < 3)
            {
                // The payout run's own word for a 429: this party waits and is tried again under its key.
            }
        }
    }

    private void FailOnceThenAnswer(string path, Fault fault, string json)
    {
        var request = Request.Create().WithPath(path).UsingPost();
        var failure = Response.Create().WithHeader("Content-Type", "application/json");
        failure = fault switch
        {
            Fault.ServerError => failure.WithStatusCode(500).WithBody("""{"error": {"type": "api_error", "message": "Something went wrong on Stripe's end."}}"""),
            Fault.RateLimited => failure.WithStatusCode(429).WithBody("""{"error": {"type": "invalid_request_error", "code": "rate_limit", "message": "Too many requests."}}"""),
            // An answer that comes after the client stopped waiting: Stripe may have acted, so the retry's key is what keeps it to one.
            _ => failure.WithStatusCode(200).WithBody(TooLate).WithDelay(TimeSpan.FromSeconds(3)),
        };
        _stripe.Server.Given(request).InScenario(path).WillSetStateTo("failed once").RespondWith(failure);
        _stripe.Server.Given(request).InScenario(path).WhenStateIs("failed once").WillSetStateTo("answered")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(json));
    }

    // Every try had the same key and the same body, and Stripe answered with the object exactly once, last
    // (the balance read before a transfer moves no money and carries no key).
    private void ShouldAllCarry(string key)
    {
        var requests = _stripe.Requests.Where(r => r.RequestMessage.Method == "POST").ToList();
        var trace = string.Join(", ", requests.Select(r => $"{r.RequestMessage.Method} {r.RequestMessage.Path} {r.ResponseMessage.StatusCode}"));
        requests.Count.ShouldBeGreaterThanOrEqualTo(2, trace);
        requests.Count(r => Equals(r.ResponseMessage.StatusCode, 200) && r.ResponseMessage.BodyData?.BodyAsString?.Contains(TooLate, StringComparison.Ordinal) != true).ShouldBe(1, trace);
        Equals(requests[^1].ResponseMessage.StatusCode, 200).ShouldBeTrue(trace);
        requests.Select(r => r.Header("Idempotency-Key")).ShouldAllBe(k => k == key);
        requests.Select(r => r.RequestMessage.Body).Distinct().Count().ShouldBe(1);
    }

    public void Dispose() => _stripe.Dispose();
}
