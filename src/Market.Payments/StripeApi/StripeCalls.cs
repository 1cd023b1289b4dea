using System.Net;
using Stripe;

namespace Market.Payments.StripeApi;

/// <summary>
/// Runs a Stripe.net call and turns its failures into <see cref="PaymentException"/>, so no Stripe type
/// leaks to callers. Transient failures reach here only after Stripe.net's own retries.
/// </summary>
internal static class StripeCalls
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (StripeException exception)
        {
            throw Translate(exception);
        }
        catch (HttpRequestException exception)
        {
            throw new PaymentException(PaymentErrorKind.Unavailable, "Stripe could not be reached; please try again.", null, exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PaymentException(PaymentErrorKind.Unavailable, "Stripe did not answer in time; please try again.", null, exception);
        }
    }

    /// <summary>
    /// The first object <paramref name="list"/> yields that <paramref name="matches"/>, or null: the look-up
    /// before re-creating an object whose idempotency key Stripe may have forgotten (it keeps keys 24 h).
    /// </summary>
    public static Task<T?> FindAsync<T>(Func<IAsyncEnumerable<T>> list, Func<T, bool> matches, CancellationToken cancellationToken)
        where T : class =>
        RunAsync(
            async () =>
            {
                await foreach (var item in list().WithCancellation(cancellationToken))
                {
                    if (matches(item))
                    {
                        return item;
                    }
                }

                return null;
            },
            cancellationToken);

    private static PaymentException Translate(StripeException exception)
    {
        var status = (int)exception.HttpStatusCode;
        var message = exception.StripeError?.Message is { Length: > 0 } stripeMessage ? stripeMessage : exception.Message;
        var code = exception.StripeError?.Code;
        var kind = exception.HttpStatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => PaymentErrorKind.Misconfigured,
            HttpStatusCode.TooManyRequests => PaymentErrorKind.Unavailable,
            _ when status == 0 || status >= 500 => PaymentErrorKind.Unavailable,
            _ => PaymentErrorKind.Rejected,
        };
        return new PaymentException(kind, message, code, exception, rateLimited: exception.HttpStatusCode == HttpStatusCode.TooManyRequests);
    }
}
