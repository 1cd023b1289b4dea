using System.Collections.Specialized;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using Request = WireMock.RequestBuilders.Request;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace Market.Web.Tests.Payouts.StripeMode;

/// <summary>
/// A local fake of the Stripe API calls Market makes in Stripe mode (checkout, fees, Connect accounts,
/// account links, transfers), served by WireMock so Stripe.net's real client talks to it. Transfers
/// behave like Stripe's: the same Idempotency-Key within 24 h (by <paramref name="clock"/>) answers the
/// first transfer; after that Stripe has forgotten the key and a request makes a new transfer. A
/// transfer comes out of the platform's available balance and is refused with <c>balance_insufficient</c>
/// beyond it, as Stripe's are; transfers to <see cref="RateLimitedAccount"/> are answered 429.
/// </summary>
internal sealed class StripeConnectFake : IDisposable
{
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromHours(24);
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _transfers = [];
    private readonly Dictionary<string, (JsonObject Transfer, DateTimeOffset At)> _keys = [];
    private readonly Dictionary<string, long> _amounts = [];
    private readonly Dictionary<string, string> _accounts = [];
    private long _availableMinor = 1_000_000_000;

    /// <summary>Where the fake's Connect onboarding links point (Stripe's is https://connect.stripe.com).</summary>
    public const string ConnectOrigin = "https://connect.stripe.test";

    /// <summary>Where the fake's hosted checkout pages are (Stripe's is https://checkout.stripe.com).</summary>
    public const string CheckoutOrigin = "https://checkout.stripe.test";

    public StripeConnectFake(TimeProvider clock)
    {
        _clock = clock;
        Server = WireMockServer.Start();
        On("POST", "/v1/transfers", CreateTransfer);
        On("GET", "/v1/transfers", ListTransfers);
        On("GET", "/v1/balance", _ => Json(new JsonObject
        {
            ["object"] = "balance",
            ["livemode"] = false,
            ["available"] = new JsonArray(new JsonObject { ["amount"] = ReportedAvailableMinor ?? AvailableMinor, ["currency"] = "usd" }),
            ["pending"] = new JsonArray(new JsonObject { ["amount"] = 0, ["currency"] = "usd" }),
        }));
        On("POST", "/v1/accounts", CreateAccount);
        On("POST", "/v1/account_links", request => Json(new JsonObject
        {
            ["object"] = "account_link",
            ["url"] = $"{ConnectOrigin}/setup/{Form(request)["account"]}",
            ["created"] = _clock.GetUtcNow().ToUnixTimeSeconds(),
            ["expires_at"] = _clock.GetUtcNow().AddMinutes(5).ToUnixTimeSeconds(),
        }));
        On("POST", "/v1/checkout/sessions", request => Json(new JsonObject
        {
            ["id"] = "cs_test_" + Form(request)["client_reference_id"],
            ["object"] = "checkout.session",
            ["url"] = $"{CheckoutOrigin}/{Form(request)["client_reference_id"]}",
            ["payment_status"] = "unpaid",
        }));
        Server.Given(Request.Create().WithPath(new WildcardMatcher("/v1/payment_intents/*")).UsingGet())
            .RespondWith(Response.Create().WithCallback(PaymentIntent));
    }

    public WireMockServer Server { get; }

    /// <summary>Whether accounts are opened with payouts enabled (true) or needing onboarding (false).</summary>
    public bool AccountsStartEnabled { get; set; } = true;

    /// <summary>The platform's available balance in cents; ample unless a test says the sales have not settled.</summary>
    public long AvailableMinor
    {
        get { lock (_gate) return _availableMinor; }
        set { lock (_gate) _availableMinor = value; }
    }

    /// <summary>When set, the balance endpoint reports this much while transfers still draw on <see cref="AvailableMinor"/> (a balance that moved after it was read).</summary>
    public long? ReportedAvailableMinor { get; set; }

    /// <summary>
    /// While set, Stripe answers every transfer to this connected account with 429 (too many requests),
    /// making nothing, as it does while it limits the requests behind them.
    /// </summary>
    public string? RateLimitedAccount { get; set; }

    /// <summary>How many transfers were answered 429.</summary>
    public int RateLimitedTransfers => Server.LogEntries.Count(e => e.RequestMessage?.Path == "/v1/transfers" && Equals(e.ResponseMessage?.StatusCode, 429));

    /// <summary>Every transfer Stripe made, in order.</summary>
    public IReadOnlyList<JsonObject> Transfers
    {
        get
        {
            lock (_gate) return [.. _transfers.Select(t => (JsonObject)t.DeepClone())];
        }
    }

    /// <summary>The transfers Stripe made in <paramref name="runId"/>'s transfer group.</summary>
    public IReadOnlyList<JsonObject> TransfersOf(string runId) => [.. Transfers.Where(t => (string?)t["transfer_group"] == runId)];

    /// <summary>How many times transfers were listed (the lookup before a re-create after 24 h).</summary>
    public int TransferLookups => Server.LogEntries.Count(e => e.RequestMessage?.Method == "GET" && e.RequestMessage.Path == "/v1/transfers");

    /// <summary>The connected account Stripe opens for <paramref name="partyId"/>.</summary>
    public static string AccountOf(string partyId) => "acct_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(partyId)))[..16];

    /// <summary>Makes <paramref name="paymentIntentId"/> a settled payment of <paramref name="amountMinor"/> with Stripe's 2.9 % + 30¢ fee.</summary>
    public void Settled(string paymentIntentId, long amountMinor)
    {
        lock (_gate) _amounts[paymentIntentId] = amountMinor;
    }

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }

    private IResponseMessage CreateTransfer(IRequestMessage request)
    {
        var form = Form(request);
        var key = Header(request, "Idempotency-Key") ?? throw new InvalidOperationException("Market sends every transfer with its key.");
        var now = _clock.GetUtcNow();
        if (form["destination"] is { } limited && limited == RateLimitedAccount)
        {
            return Json(new JsonObject
            {
                ["error"] = new JsonObject { ["type"] = "invalid_request_error", ["code"] = "rate_limit", ["message"] = "Too many requests hit the API too quickly." },
            }, status: 429);
        }

        lock (_gate)
        {
            if (_keys.TryGetValue(key, out var earlier) && now - earlier.At < KeyLifetime)
            {
                return Json(earlier.Transfer);
            }

            var amount = long.Parse(form["amount"]!, System.Globalization.CultureInfo.InvariantCulture);
            if (amount > _availableMinor)
            {
                return Json(new JsonObject
                {
                    ["error"] = new JsonObject
                    {
                        ["type"] = "invalid_request_error",
                        ["code"] = "balance_insufficient",
                        ["message"] = "You have insufficient available funds in your Stripe account.",
                    },
                }, status: 400);
            }

            _availableMinor -= amount;
            var transfer = new JsonObject
            {
                ["id"] = "tr_" + Guid.NewGuid().ToString("N")[..20],
                ["object"] = "transfer",
                ["amount"] = amount,
                ["currency"] = form["currency"],
                ["destination"] = form["destination"],
                ["transfer_group"] = form["transfer_group"],
                ["created"] = now.ToUnixTimeSeconds(),
                ["metadata"] = new JsonObject { ["partyId"] = form["metadata[partyId]"], ["runId"] = form["metadata[runId]"] },
            };
            _transfers.Add(transfer);
            _keys[key] = (transfer, now);
            return Json(transfer);
        }
    }

    private IResponseMessage ListTransfers(IRequestMessage request)
    {
        var group = Query(request, "transfer_group");
        var destination = Query(request, "destination");
        var found = Transfers.Where(t => (group is null || (string?)t["transfer_group"] == group) && (destination is null || (string?)t["destination"] == destination));
        return Json(new JsonObject { ["object"] = "list", ["url"] = "/v1/transfers", ["has_more"] = false, ["data"] = new JsonArray([.. found]) });
    }

    /// <summary>The party whose account Stripe opened as <paramref name="accountId"/>.</summary>
    public string PartyOfAccount(string accountId)
    {
        lock (_gate) return _accounts[accountId];
    }

    private IResponseMessage CreateAccount(IRequestMessage request)
    {
        var partyId = Form(request)["metadata[partyId]"]!;
        lock (_gate) _accounts[AccountOf(partyId)] = partyId;
        return Json(new JsonObject
        {
            ["id"] = AccountOf(partyId),
            ["object"] = "account",
            ["type"] = "express",
            ["email"] = Form(request)["email"],
            ["payouts_enabled"] = AccountsStartEnabled,
            ["metadata"] = new JsonObject { ["partyId"] = partyId },
        });
    }

    private IResponseMessage PaymentIntent(IRequestMessage request)
    {
        var id = request.Path["/v1/payment_intents/".Length..];
        long amount;
        lock (_gate) amount = _amounts[id];
        var fee = (long)Math.Round(amount * 0.029m, MidpointRounding.AwayFromZero) + 30;
        return Json(new JsonObject
        {
            ["id"] = id,
            ["object"] = "payment_intent",
            ["amount"] = amount,
            ["currency"] = "usd",
            ["status"] = "succeeded",
            ["latest_charge"] = new JsonObject
            {
                ["id"] = "ch_" + id[3..],
                ["object"] = "charge",
                ["amount"] = amount,
                ["currency"] = "usd",
                ["payment_intent"] = id,
                ["balance_transaction"] = new JsonObject
                {
                    ["id"] = "txn_" + id[3..], ["object"] = "balance_transaction", ["amount"] = amount, ["fee"] = fee, ["net"] = amount - fee, ["currency"] = "usd", ["type"] = "charge",
                },
            },
        });
    }

    private void On(string method, string path, Func<IRequestMessage, IResponseMessage> answer) =>
        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(Response.Create().WithCallback(answer));

    private static NameValueCollection Form(IRequestMessage request) => HttpUtility.ParseQueryString(request.Body ?? "");

    private static string? Query(IRequestMessage request, string name) =>
        request.Query is { } query && query.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    private static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private static ResponseMessage Json(JsonNode body, int status = 200) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new BodyData { BodyAsString = body.ToJsonString(), DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
    };
}
