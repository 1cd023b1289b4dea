using Market.Scheduling;
using Microsoft.Extensions.Hosting;

namespace Market.Web.Tests.Scheduling;

public sealed class ScheduleSettingsAreCheckedAtStart
{
    [Theory]
    [InlineData("Market:Schedules:Reconcile", "every day at three")]
    [InlineData("Market:Schedules:MatureHolds", "")]
    [InlineData("Market:Payouts:Schedule", "0 0 25 ? * MON")]
    public void AnInvalidCronStopsStartUpNamingTheSetting(string setting, string value)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[setting] = value;

        var refused = Should.Throw<InvalidOperationException>(() => builder.AddMarketScheduling());

        refused.Message.ShouldContain(setting);
    }

    [Theory]
    [InlineData("Market:Payouts:ResumeSchedule", "every minute", "Market:Payouts:ResumeSchedule")]
    [InlineData("Market:Payouts:RateLimitMaxAttempts", "0", "Market:Payouts:RateLimitMaxAttempts")]
    [InlineData("Market:Payouts:RateLimitFirstRetrySeconds", "0", "Market:Payouts:RateLimitFirstRetrySeconds")]
    [InlineData("Market:Payouts:RateLimitFirstRetrySeconds", "7200", "Market:Payouts:RateLimitLongestRetrySeconds")] // longer than the longest (3600)
    public void AnInvalidRateLimitSettingStopsStartUpNamingIt(string setting, string value, string named)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[setting] = value;

        var refused = Should.Throw<InvalidOperationException>(() => builder.AddMarketScheduling());

        refused.Message.ShouldContain(named);
    }

    [Fact]
    public void TheDefaultsAreValid()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Market:Store:ConnectionString"] = "Host=127.0.0.1;Database=unused";
        // The builder is Production, which (rightly) refuses to start without a Stripe key unless the sandbox is chosen.
        builder.Configuration["Market:Payments:Mode"] = "sandbox";

        Should.NotThrow(() => builder.AddMarketScheduling());
    }
}
