using System.Diagnostics.CodeAnalysis;

namespace Market.Domain.Money;

/// <summary>
/// The deployment's one currency (DESIGN 2.1), lower case as Stripe writes it: every order is priced and
/// must be paid in it. Registered from the payments settings, so grains compare payments with the
/// configured currency rather than a literal.
/// </summary>
/// <param name="Code">The ISO 4217 code, lower case (<c>usd</c>, <c>eur</c>).</param>
public sealed record SettlementCurrency(string Code)
{
    /// <summary>Whether <paramref name="currency"/> is this one; a payment that names none is taken to be in it.</summary>
    public bool Matches([NotNullWhen(false)] string? currency) => currency is null || string.Equals(currency, Code, StringComparison.OrdinalIgnoreCase);
}
