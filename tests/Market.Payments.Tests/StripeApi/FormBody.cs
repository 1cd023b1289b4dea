using System.Collections.Specialized;
using System.Web;
using WireMock.Logging;

namespace Market.Payments.Tests.StripeApi;

/// <summary>Reads what Stripe.net sent: the form-encoded body and single-valued headers.</summary>
internal static class FormBody
{
    public static NameValueCollection Form(this ILogEntry entry) => HttpUtility.ParseQueryString(entry.RequestMessage.Body ?? "");

    public static string? Header(this ILogEntry entry, string name) =>
        entry.RequestMessage.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.SingleOrDefault();
}
