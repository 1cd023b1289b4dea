using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace Market.Payments.Tests.StripeApi;

/// <summary>
/// Stripe's refunds, kept by the fake: <c>POST /v1/refunds</c> makes a refund (with its metadata) once
/// per Idempotency-Key while Stripe remembers the key, and <c>GET /v1/refunds?payment_intent=</c> lists a
/// payment's refunds. <see cref="ForgetKeys"/> is 24 hours passing: Stripe has forgotten every key,
/// and a request under one makes a new refund, as Stripe's would.
/// </summary>
internal sealed class StripeRefunds
{
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _made = [];
    private readonly Dictionary<string, JsonObject> _keys = [];

    public StripeRefunds(WireMockServer server)
    {
        server.Given(Request.Create().WithPath("/v1/refunds").UsingPost()).RespondWith(Response.Create().WithCallback(Create));
        server.Given(Request.Create().WithPath("/v1/refunds").UsingGet()).RespondWith(Response.Create().WithCallback(List));
    }

    /// <summary>Every refund made, in order.</summary>
    public IReadOnlyList<JsonObject> Made
    {
        get
        {
            lock (_gate) return [.. _made.Select(r => (JsonObject)r.DeepClone())];
        }
    }

    /// <summary>Stripe forgets every idempotency key (its 24 hours have passed).</summary>
    public void ForgetKeys()
    {
        lock (_gate) _keys.Clear();
    }

    private ResponseMessage Create(IRequestMessage request)
    {
        var form = HttpUtility.ParseQueryString(request.Body ?? "");
        var key = request.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Idempotency-Key", StringComparison.OrdinalIgnoreCase)).Value?.Single()
            ?? throw new InvalidOperationException("Market sends every refund with its key.");
        lock (_gate)
        {
            if (!_keys.TryGetValue(key, out var refund))
            {
                var metadata = new JsonObject();
                foreach (var field in form.AllKeys.Where(k => k?.StartsWith("metadata[", StringComparison.Ordinal) == true))
                {
                    metadata[field!["metadata[".Length..^1]] = form[field];
                }

                refund = new JsonObject
                {
                    ["id"] = $"re_{_made.Count + 1}_{Guid.NewGuid():N}"[..24],
                    ["object"] = "refund",
                    ["amount"] = long.Parse(form["amount"]!, System.Globalization.CultureInfo.InvariantCulture),
                    ["currency"] = "usd",
                    ["payment_intent"] = form["payment_intent"],
                    ["status"] = "succeeded",
                    ["metadata"] = metadata,
                };
                _made.Add(refund);
                _keys[key] = refund;
            }

            return Json(refund);
        }
    }

    private ResponseMessage List(IRequestMessage request)
    {
        var paymentIntent = request.Query is { } query && query.TryGetValue("payment_intent", out var values) ? values.FirstOrDefault() : null;
        var found = Made.Where(r => paymentIntent is null || (string?)r["payment_intent"] == paymentIntent);
        return Json(new JsonObject { ["object"] = "list", ["url"] = "/v1/refunds", ["has_more"] = false, ["data"] = new JsonArray([.. found]) });
    }

    private static ResponseMessage Json(JsonNode body) => new()
    {
        StatusCode = 200,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new BodyData { BodyAsString = body.ToJsonString(), DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
    };
}
