using Marten;
using Market.Store.Secrets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Market.Store.Models.Signing;

/// <summary>Registers <see cref="PlatformSigner"/> and its key documents.</summary>
public static class SigningServiceCollectionExtensions
{
    /// <summary>
    /// Adds the platform signer. Safe to call from every feature that signs: Weasel's schema check
    /// crashes on a document mapping configured twice, so the mapping is added once. The key-encryption
    /// key comes from the <see cref="SecretsOptions"/> in the container (a host registers them); it is made
    /// when first needed, so a host that never signs needs none, and one without settings fails naming them.
    /// </summary>
    public static IServiceCollection AddPlatformSigning(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(PlatformSigner)))
        {
            return services;
        }

        services.TryAddSingleton(provider => KeyEncryptionKey.From(provider.GetService<SecretsOptions>() ?? new SecretsOptions()));
        services.AddSingleton<SigningKeyStore>();
        services.AddSingleton<ISecretsAtRest>(provider => provider.GetRequiredService<SigningKeyStore>());
        services.AddSingleton<PlatformSigner>();
        services.ConfigureMarten(options => options.Schema.For<SigningKeyRecord>().DocumentAlias("platform_signing_key"));
        return services;
    }
}
