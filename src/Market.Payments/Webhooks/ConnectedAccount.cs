using System.Text.Json;

namespace Market.Payments.Webhooks;

/// <summary>
/// Reads the top-level <c>account</c> field of an event body before it is verified: only to choose the
/// secret it must verify with (Stripe signs connected accounts' events with the Connect endpoint's
/// own secret), never to act on. A body that is not JSON has none, and fails verification as before.
/// </summary>
internal static class ConnectedAccount
{
    public static string? Of(string rawBody)
    {
        try
        {
            using var document = JsonDocument.Parse(rawBody);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("account", out var account)
                && account.ValueKind == JsonValueKind.String
                ? account.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
