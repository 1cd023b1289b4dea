namespace Market.Payments;

/// <summary>The cross-field rules of <see cref="PaymentsOptions"/>, each naming the setting it is about.</summary>
internal static class PaymentsOptionsRules
{
    public static IEnumerable<(string Member, string Message)> Check(PaymentsOptions options)
    {
        if (!options.IsSandbox)
        {
            if (options.SecretKey.StartsWith("pk_", StringComparison.Ordinal))
            {
                yield return (nameof(options.SecretKey), "is a publishable key (pk_…); the server needs the secret key (sk_… or rk_…).");
            }
            else if (!options.SecretKey.StartsWith("sk_", StringComparison.Ordinal) && !options.SecretKey.StartsWith("rk_", StringComparison.Ordinal))
            {
                yield return (nameof(options.SecretKey), "must be a Stripe secret key (sk_…) or restricted key (rk_…).");
            }

            if (!options.WebhookSecret.StartsWith("whsec_", StringComparison.Ordinal))
            {
                yield return (nameof(options.WebhookSecret), "is required in Stripe mode: the endpoint's signing secret (whsec_…).");
            }
        }
        else if (options.ApiBase.Length > 0)
        {
            // Someone who points the client at a fake and forgot the key would silently get sandbox mode.
            yield return (nameof(options.ApiBase), "is set but SecretKey is empty: sandbox mode calls no API. Set both, or neither.");
        }

        if (options.ConnectWebhookSecret.Length > 0 && !options.ConnectWebhookSecret.StartsWith("whsec_", StringComparison.Ordinal))
        {
            yield return (nameof(options.ConnectWebhookSecret), "must be the Connect endpoint's signing secret (whsec_…).");
        }

        if (options.ApiBase.Length > 0 && !IsHttpBase(options.ApiBase))
        {
            yield return (nameof(options.ApiBase), $"'{options.ApiBase}' is not an absolute http(s) address without query or fragment.");
        }

        foreach (var origin in options.RedirectOriginList.Where(o => !IsOrigin(o)))
        {
            yield return (nameof(options.RedirectOrigins), $"'{origin}' is not an origin like https://checkout.stripe.com (scheme, host and port only).");
        }

        if (options.SandboxWebhookUrl.Length > 0 && !IsHttpBase(options.SandboxWebhookUrl))
        {
            yield return (nameof(options.SandboxWebhookUrl), $"'{options.SandboxWebhookUrl}' is not an absolute http(s) address without query or fragment.");
        }

        if (options.Currency.Length != 3 || !options.Currency.All(char.IsAsciiLetterLower))
        {
            yield return (nameof(options.Currency), $"'{options.Currency}' is not a three-letter lowercase currency code such as usd.");
        }
    }

    private static bool IsHttpBase(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Query.Length == 0
        && uri.Fragment.Length == 0;

    // An origin as a content security policy names one: https://host[:port], nothing after it.
    private static bool IsOrigin(string value) =>
        IsHttpBase(value) && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.AbsolutePath == "/" && !value.EndsWith('/');
}
