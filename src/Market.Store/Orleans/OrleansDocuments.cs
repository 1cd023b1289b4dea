using System.Runtime.CompilerServices;
using Marten;
using Market.Store.Orleans.Clustering;
using Market.Store.Orleans.Storage;
using Microsoft.Extensions.DependencyInjection;

[assembly: InternalsVisibleTo("Market.Store.Tests")]

namespace Market.Store.Orleans;

/// <summary>The Marten documents behind Orleans' grain storage and membership, registered once.</summary>
internal static class OrleansDocuments
{
    /// <summary>Maps the documents to readable table names (<c>mt_doc_orleans_*</c>).</summary>
    public static void Register(StoreOptions options)
    {
        // Both types implement ILongVersioned, which is what turns on Marten's numeric revisions.
        options.Schema.For<GrainStateDocument>().DocumentAlias("orleans_grain_state");
        options.Schema.For<MembershipDocument>().DocumentAlias("orleans_membership");
    }

    /// <summary>
    /// Adds <see cref="Register"/> to the application's Marten store. Silo and client extensions all
    /// call this, so it guards itself: Weasel's schema check crashes on a mapping configured twice.
    /// </summary>
    public static IServiceCollection AddOrleansDocuments(this IServiceCollection services)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(Registered)))
        {
            return services;
        }

        services.AddSingleton<Registered>();
        services.ConfigureMarten(Register);
        return services;
    }

    /// <summary>Marks a service collection whose Marten store already knows these documents.</summary>
    private sealed class Registered;
}
