using Market.Contracts.Orders;
using Market.Store.Orders;
using Market.Store.Orleans.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Market.Grains.Orders;

/// <summary>How the order's state joins a fulfilment's single commit.</summary>
public sealed partial class OrderGrain
{
    /// <summary>The grain's state name (its storage row is <c>{serviceId}/order/{grainId}</c>).</summary>
    public const string StateName = "order";

    /// <summary>
    /// A payment that is not the order's amount: the event's claim and the order's new status commit
    /// together, with no sale and no license, so no party is credited; the caller refunds the payment.
    /// </summary>
    private async Task<OrderView> MismatchedAsync(OrderView mismatched, OrderPayment payment)
    {
        var claim = new StripeEventRecord { Id = payment.EventId, Type = OrderFulfilment.ClaimType, Outcome = $"order {mismatched.Id} {mismatched.Status}", MismatchedOrderId = mismatched.Id, HandledAt = payment.PaidAt };
        if (!await CommitWithAsync(mismatched, new FulfilmentUnit(claim, [], [], [])))
        {
            return Existing();
        }

        MarketMetrics.PaymentMismatched();
        return mismatched;
    }

    /// <summary>
    /// Writes <paramref name="next"/> as the order's state inside <paramref name="unit"/>: Orleans'
    /// own <c>WriteStateAsync</c>, revision-checked as ever, but committed in the unit's transaction
    /// (<see cref="GrainStateJoin"/>), so the grain's memory and ETag move only once all of it is
    /// durable. False when another writer got there first; memory is then what storage holds.
    /// </summary>
    private async Task<bool> CommitWithAsync(OrderView next, FulfilmentUnit unit)
    {
        if (ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name) is not Market.Store.Orleans.Storage.MartenGrainStorage)
        {
            throw new InvalidOperationException($"Grain storage '{GrainStorage.Name}' is not Market's Marten storage: a paid order cannot commit in one transaction.");
        }

        var before = state.State.Order;
        state.State.Order = next;
        try
        {
            using var join = GrainStateJoin.Join(rows.Key(StateName, this.GetGrainId()), write => commits.CommitAsync(unit.With(write)));
            await state.WriteStateAsync();
            return join.Taken ? true : throw new InvalidOperationException("The order's state write did not join its fulfilment.");
        }
        catch (Exception e) when (e is InconsistentStateException || e.InnerException is InconsistentStateException)
        {
            // The revision moved or the event was claimed: what storage holds is the truth.
            await state.ReadStateAsync();
            return false;
        }
        catch
        {
            // The commit's outcome may be unknown (a connection lost mid-commit): forget this
            // activation, so the next call (Stripe's retry) starts from what storage holds.
            state.State.Order = before;
            DeactivateOnIdle();
            throw;
        }
    }
}
