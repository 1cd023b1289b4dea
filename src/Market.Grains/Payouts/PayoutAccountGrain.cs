using Market.Contracts.Payouts;
using Market.Domain.Payouts;

namespace Market.Grains.Payouts;

/// <summary>Opens and remembers a party's connected account, its own payout threshold and what Stripe says of it.</summary>
public sealed class PayoutAccountGrain(
    [PersistentState("payout-account", GrainStorage.Name)] IPersistentState<PayoutAccountState> state,
    IPayoutAccountGateway gateway) : Grain, IPayoutAccountGrain
{
    /// <inheritdoc />
    public async Task<PayoutAccountView> Connect(ConnectPayoutAccount command)
    {
        if (state.State.Status == PayoutAccountStatus.Enabled)
        {
            return View();
        }

        if (state.State.AccountId is { } accountId)
        {
            // Opened already: only a fresh link (links expire), never a second account once Stripe's key has lapsed.
            state.State.OnboardingUrl = await gateway.OnboardingLinkAsync(accountId, command.ReturnUrl);
            await state.WriteStateAsync();
            return View();
        }

        // The gateway's call is idempotent per party, so asking again after a lost answer finds the same account.
        var setup = await gateway.OpenAsync(this.GetPrimaryKeyString(), command.Email, command.ReturnUrl);
        state.State.AccountId = setup.AccountId;
        state.State.Status = setup.PayoutsEnabled ? PayoutAccountStatus.Enabled : PayoutAccountStatus.NeedsAction;
        state.State.OnboardingUrl = setup.PayoutsEnabled ? null : setup.OnboardingUrl;
        await state.WriteStateAsync();
        return View();
    }

    /// <inheritdoc />
    public Task<PayoutAccountView> Get() => Task.FromResult(View());

    /// <inheritdoc />
    public async Task<PayoutAccountView> SetThreshold(long? thresholdMinor)
    {
        if (thresholdMinor is < 0 or > PayoutAccountLimits.MaxThresholdMinor)
        {
            throw new ArgumentOutOfRangeException(nameof(thresholdMinor), thresholdMinor, $"The threshold must be between 0 and {PayoutAccountLimits.MaxThresholdMinor} minor units.");
        }

        state.State.ThresholdMinor = thresholdMinor;
        await state.WriteStateAsync();
        return View();
    }

    /// <inheritdoc />
    public async Task<bool> ApplyProviderUpdate(PayoutAccountUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.AccountId != state.State.AccountId || update.ReportedAt < state.State.ReportedAt)
        {
            return false;
        }

        state.State.Status = update.PayoutsEnabled ? PayoutAccountStatus.Enabled : PayoutAccountStatus.NeedsAction;
        state.State.CurrentlyDue = [.. update.CurrentlyDue];
        state.State.DisabledReason = update.DisabledReason;
        state.State.ReportedAt = update.ReportedAt;
        if (update.PayoutsEnabled)
        {
            state.State.OnboardingUrl = null;
        }

        await state.WriteStateAsync();
        return true;
    }

    private PayoutAccountView View() => new(
        state.State.Status, state.State.AccountId, state.State.OnboardingUrl, state.State.ThresholdMinor, [.. state.State.CurrentlyDue], state.State.DisabledReason);
}
