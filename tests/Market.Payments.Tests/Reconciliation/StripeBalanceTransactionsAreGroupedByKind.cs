using Market.Payments.Reconciliation;
using Market.Payments.Tests.StripeApi;
using Stripe;

namespace Market.Payments.Tests.Reconciliation;

/// <summary>Stripe mode's side of a reconciliation: the day's balance transactions, listed through Stripe.net, grouped by kind.</summary>
public sealed class StripeBalanceTransactionsAreGroupedByKind : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    private readonly StripeFake _stripe = new();

    [Fact]
    public async Task ChargesFeesRefundsDisputesAndTransfersOfTheDayAreSummedPerKind()
    {
        _stripe.Answer("GET", "/v1/balance_transactions", 200, $$"""
            {"object": "list", "url": "/v1/balance_transactions", "has_more": false, "data": [
              {{Transaction("txn_1", 2000, 88, "charge")}},
              {{Transaction("txn_2", 5000, 175, "charge")}},
              {{Transaction("txn_3", -500, 0, "refund")}},
              {{Transaction("txn_4", -2000, 1500, "dispute")}},
              {{Transaction("txn_5", -1625, 0, "transfer")}},
              {{Transaction("txn_6", -7, 0, "risk_reserved_funds")}}
            ]}
            """);

        var activity = await new StripeBalanceActivity(_stripe.Get<StripeClient>()).ForPeriodAsync(Day, Day.AddDays(1));

        activity.Unavailable.ShouldBeEmpty();
        activity.Minor[BalanceKinds.Charge].ShouldBe(7000);
        activity.Minor[BalanceKinds.Fee].ShouldBe(-263);
        activity.Minor[BalanceKinds.Refund].ShouldBe(-500);
        activity.Minor[BalanceKinds.Dispute].ShouldBe(-3500);
        activity.Minor[BalanceKinds.Transfer].ShouldBe(-1625);
        activity.Minor[BalanceKinds.Other].ShouldBe(-7);
        var query = _stripe.Requests.ShouldHaveSingleItem().RequestMessage.Query!;
        query["created[gte]"].ShouldBe([Day.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        query["created[lt]"].ShouldBe([Day.AddDays(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)]);
    }

    [Fact]
    public async Task AStripeErrorIsAPaymentExceptionNotAZero()
    {
        _stripe.Answer("GET", "/v1/balance_transactions", 401, """{"error": {"type": "invalid_request_error", "message": "Invalid API Key provided"}}""");

        var refused = await Should.ThrowAsync<PaymentException>(() => new StripeBalanceActivity(_stripe.Get<StripeClient>()).ForPeriodAsync(Day, Day.AddDays(1)));

        refused.Message.ShouldContain("Invalid API Key provided");
    }

    public void Dispose() => _stripe.Dispose();

    private static string Transaction(string id, long amount, long fee, string category) => $$"""
        {"id": "{{id}}", "object": "balance_transaction", "amount": {{amount}}, "fee": {{fee}}, "net": {{amount - fee}}, "currency": "usd",
         "created": {{Day.AddHours(1).ToUnixTimeSeconds()}}, "reporting_category": "{{category}}", "type": "{{category}}", "status": "available"}
        """;
}
