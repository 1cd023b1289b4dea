using Market.Payments.Checkout;
using Market.Payments.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Market.Payments.Tests;

/// <summary>Bad Stripe settings stop the start with a message naming the setting.</summary>
public sealed class PaymentsOptionsValidation
{
    [Fact]
    public void NoSecretKeyMeansSandboxMode()
    {
        var services = Register([]);

        services.BuildServiceProvider().GetRequiredService<PaymentsOptions>().IsSandbox.ShouldBeTrue();
    }

    [Fact]
    public void StripeModeNeedsTheWebhookSecret()
    {
        var failure = Should.Throw<InvalidOperationException>(() => Register([("SecretKey", "sk_test_1")]));

        failure.Message.ShouldContain("Stripe:WebhookSecret");
    }

    [Fact]
    public void APublishableKeyIsNotASecretKey()
    {
        var failure = Should.Throw<InvalidOperationException>(() => Register([("SecretKey", "pk_test_1"), ("WebhookSecret", "whsec_1")]));

        failure.Message.ShouldContain("publishable key");
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("ftp://127.0.0.1:12111")]
    [InlineData("http://127.0.0.1:12111/?key=1")]
    [InlineData("/v1")]
    public void ABadApiBaseIsRejected(string apiBase)
    {
        var failure = Should.Throw<InvalidOperationException>(() => Register([("SecretKey", "sk_test_1"), ("WebhookSecret", "whsec_1"), ("ApiBase", apiBase)]));

        failure.Message.ShouldContain("Stripe:ApiBase");
    }

    [Fact]
    public void AnApiBaseWithoutASecretKeyIsRejectedRatherThanSilentlySandboxed()
    {
        var failure = Should.Throw<InvalidOperationException>(() => Register([("ApiBase", "http://127.0.0.1:12111")]));

        failure.Message.ShouldContain("SecretKey is empty");
    }

    [Theory]
    [InlineData("USD")]
    [InlineData("dollars")]
    public void TheCurrencyIsALowercaseIsoCode(string currency)
    {
        var failure = Should.Throw<InvalidOperationException>(() => Register([("Currency", currency)]));

        failure.Message.ShouldContain("Stripe:Currency");
    }

    [Fact]
    public async Task StripeModeHasNoSandboxSessionsAndRegistersOnce()
    {
        var services = Register([("SecretKey", "sk_test_1"), ("WebhookSecret", "whsec_1"), ("ApiBase", "http://127.0.0.1:12111/")]);
        services.AddMarketPayments(new ConfigurationBuilder().Build());

        services.Count(d => d.ServiceType == typeof(ICheckoutGateway)).ShouldBe(1);
        using var provider = services.BuildServiceProvider();
        (await provider.GetRequiredService<ISandboxCheckout>().GetAsync("cs_sandbox_1")).ShouldBeNull();
    }

    [Fact]
    public void ProductionWithoutAKeyOrAnExplicitSandboxFailsNamingTheSetting()
    {
        var failure = Should.Throw<InvalidOperationException>(() => Register([], Environments.Production));

        failure.Message.ShouldContain("Market:Payments:Mode");
        failure.Message.ShouldContain("Stripe:SecretKey");
    }

    [Fact]
    public void ProductionRunsTheSandboxWhenItIsChosen()
    {
        var services = Register([], Environments.Production, mode: "sandbox");

        services.BuildServiceProvider().GetRequiredService<PaymentsOptions>().IsSandbox.ShouldBeTrue();
    }

    [Fact]
    public void ProductionWithAKeyNeedsNoMode()
    {
        var services = Register([("SecretKey", "sk_test_1"), ("WebhookSecret", "whsec_1")], Environments.Production);

        services.BuildServiceProvider().GetRequiredService<PaymentsOptions>().IsSandbox.ShouldBeFalse();
    }

    [Theory]
    [InlineData("stripe", "", "is empty")]
    [InlineData("sandbox", "sk_test_1", "is set")]
    [InlineData("live", "", "neither")]
    public void AModeThatContradictsTheKeyIsRefused(string mode, string key, string expected)
    {
        var failure = Should.Throw<InvalidOperationException>(() => Register([("SecretKey", key), ("WebhookSecret", "whsec_1")], Environments.Development, mode));

        failure.Message.ShouldContain("Market:Payments:Mode");
        failure.Message.ShouldContain(expected);
    }

    private static ServiceCollection Register((string Key, string Value)[] settings, string? environment = null, string? mode = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create($"Stripe:{s.Key}", (string?)s.Value)))
            .AddInMemoryCollection(mode is null ? [] : [KeyValuePair.Create("Market:Payments:Mode", (string?)mode)])
            .Build();
        var services = new ServiceCollection();
        services.AddLogging().AddMarketPayments(configuration, environment is null ? null : new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = environment });
        return services;
    }
}
