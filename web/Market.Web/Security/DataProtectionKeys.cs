using System.Xml.Linq;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Market.Web.Security;

/// <summary>A Data Protection key ring entry, stored as a Marten document.</summary>
public sealed class DataProtectionKeyDocument
{
    /// <summary>The key's friendly name (unique per key).</summary>
    public string Id { get; set; } = "";

    /// <summary>The key's XML, as Data Protection wrote it.</summary>
    public string Xml { get; set; } = "";
}

/// <summary>
/// Keeps the Data Protection key ring in PostgreSQL, so sign-in cookies and antiforgery tokens stay
/// valid across restarts and on every node of a cluster.
/// </summary>
public sealed class MartenXmlRepository(IDocumentStore store) : IXmlRepository
{
    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var session = store.QuerySession();
        var documents = session.Query<DataProtectionKeyDocument>().ToListAsync().GetAwaiter().GetResult();
        return documents.Select(d => XElement.Parse(d.Xml)).ToList();
    }

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession();
        session.Store(new DataProtectionKeyDocument { Id = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        // IXmlRepository is synchronous; keys are written rarely (once per 90 days), never on a request path.
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }
}

/// <summary>Registers the PostgreSQL key ring.</summary>
public static class DataProtectionRegistration
{
    /// <summary>Data Protection with its keys in Market's database.</summary>
    public static IServiceCollection AddMarketDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Market");
        services.ConfigureMarten(o => o.Schema.For<DataProtectionKeyDocument>());
        services.AddOptions<KeyManagementOptions>().Configure<IDocumentStore>((options, store) => options.XmlRepository = new MartenXmlRepository(store));
        return services;
    }
}
