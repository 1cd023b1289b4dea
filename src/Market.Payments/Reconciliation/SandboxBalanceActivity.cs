using Marten;
using Market.Domain.Money;
using Market.Payments.Payouts;
using Market.Payments.Sandbox;

namespace Market.Payments.Reconciliation;

/// <summary>
/// Sandbox mode: the sandbox's own records stand in for Stripe's balance — paid sessions (charge and
/// the card-rate fee), their refunds and the sandbox transfers. The sandbox keeps no dispute records,
/// so disputes are reported as unavailable.
/// </summary>
internal sealed class SandboxBalanceActivity(IDocumentStore store) : IBalanceActivitySource
{
    public async Task<BalanceActivity> ForPeriodAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var minor = BalanceKinds.All.ToDictionary(k => k, _ => 0L);
        await using var session = store.QuerySession();
        var paid = await session.Query<SandboxSessionDocument>()
            .Where(s => s.PaidAt != null && s.PaidAt >= from && s.PaidAt < to).ToListAsync(cancellationToken);
        foreach (var charge in paid)
        {
            minor[BalanceKinds.Charge] += charge.AmountTotalMinor;
            minor[BalanceKinds.Fee] -= PaymentFees.Sandbox(charge.AmountTotalMinor);
        }

        // A refund can come long after its charge: look at every refunded session paid before the period ends.
        var refunded = await session.Query<SandboxSessionDocument>()
            .Where(s => s.PaidAt != null && s.PaidAt < to && s.Refunds.Any()).ToListAsync(cancellationToken);
        minor[BalanceKinds.Refund] -= refunded.SelectMany(s => s.Refunds).Where(r => r.CreatedAt >= from && r.CreatedAt < to).Sum(r => r.AmountMinor);

        var transfers = await session.Query<SandboxTransferDocument>()
            .Where(t => t.CreatedAt >= from && t.CreatedAt < to).ToListAsync(cancellationToken);
        minor[BalanceKinds.Transfer] -= transfers.Sum(t => t.AmountMinor);
        minor.Remove(BalanceKinds.Dispute);

        return new BalanceActivity("sandbox records", minor, new Dictionary<string, string>
        {
            [BalanceKinds.Dispute] = "the sandbox keeps no record of disputes, so there is no figure to compare with",
        });
    }
}
