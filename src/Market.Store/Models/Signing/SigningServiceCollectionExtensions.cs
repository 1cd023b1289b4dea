using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Store.Models.Signing;

/// <summary>Registers <see cref="PlatformSigner"/> and its key document.</summary>
public static class SigningServiceCollectionExtensions
{
    /// <summary>
    /// Adds the platform signer. Safe to call from every feature that signs: Weasel's schema check
    /// crashes on a document mapping configured twice, so the mapping is added once.
    /// </summary>
    public static IServiceCollection AddPlatformSigning(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(PlatformSigner)))
        {
            return services;
        }

        services.AddSingleton<PlatformSigner>();
        services.ConfigureMarten(options => options.Schema.For<SigningKeyRecord>().DocumentAlias("platform_signing_key"));
        return services;
    }
}
