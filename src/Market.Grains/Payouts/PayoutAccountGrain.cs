using Market.Contracts.Payouts;
using Market.Domain.Payouts;

namespace Market.Grains.Payouts;

/// <summary>Opens and remembers a party's connected account.</summary>
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

    private PayoutAccountView View() => new(state.State.Status, state.State.AccountId, state.State.OnboardingUrl);
}
