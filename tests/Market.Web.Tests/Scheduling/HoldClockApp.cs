using Market.Domain.Payouts;
using Market.Grains.Payouts;
using Market.Store.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Market.Web.Tests.Scheduling;

/// <summary>
/// Market with the default 7-day hold, whose hold decisions (the maturing job, the balance API and
/// the dashboard) read a fake clock the test moves. Only the holds read it: Orleans and the sandbox
/// keep real time, so sales happen now and the clock is moved past them.
/// </summary>
public sealed class HoldClockApp : IAsyncLifetime
{
    /// <summary>The clock the holds read; starts at the real time.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The app.</summary>
    public MarketApp App { get; }

    /// <summary>Builds the app around the clock.</summary>
    public HoldClockApp() => App = new MarketApp(new Dictionary<string, string>(), services => services.AddSingleton(provider => new PartyHolds(
        provider.GetRequiredService<LedgerStore>(), provider.GetRequiredService<PayoutPolicy>(), provider.GetRequiredService<IGrainFactory>(), Clock)));

    /// <inheritdoc />
    public Task InitializeAsync() => App.InitializeAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => App.DisposeAsync();
}
