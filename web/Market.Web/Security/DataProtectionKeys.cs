using System.Text;
using System.Xml.Linq;
using Marten;
using Market.Store.Secrets;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Market.Web.Security;

/// <summary>A Data Protection key ring entry, stored as a Marten document.</summary>
public sealed class DataProtectionKeyDocument
{
    /// <summary>The key's friendly name (unique per key).</summary>
    public string Id { get; set; } = "";

    /// <summary>The key's XML in plain text, as stored before keys were encrypted; emptied at start.</summary>
    public string Xml { get; set; } = "";

    /// <summary>The key's XML, encrypted with the key-encryption key.</summary>
    public string Sealed { get; set; } = "";

    /// <summary>What the encryption binds the XML to: this document.</summary>
    public string Purpose => $"cookie key '{Id}'";
}

/// <summary>
/// Keeps the Data Protection key ring in PostgreSQL, so sign-in cookies and antiforgery tokens stay
/// valid across restarts and on every node of a cluster. Each key's XML holds its master key, so it
/// is stored encrypted with the key-encryption key, like the signing keys.
/// </summary>
public sealed class MartenXmlRepository(IDocumentStore store, KeyEncryptionKey kek) : IXmlRepository, ISecretsAtRest
{
    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var session = store.QuerySession();
        var documents = session.Query<DataProtectionKeyDocument>().ToListAsync().GetAwaiter().GetResult();
        return documents.Select(d => XElement.Parse(Open(d))).ToList();
    }

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession();
        var document = new DataProtectionKeyDocument { Id = friendlyName };
        document.Sealed = kek.Seal(Encoding.UTF8.GetBytes(element.ToString(SaveOptions.DisableFormatting)), document.Purpose);
        session.Store(document);
        // IXmlRepository is synchronous; keys are written rarely (once per 90 days), never on a request path.
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    public async Task SealAndCheckAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        foreach (var document in await session.Query<DataProtectionKeyDocument>().ToListAsync(cancellationToken))
        {
            if (document.Xml.Length > 0)
            {
                document.Sealed = kek.Seal(Encoding.UTF8.GetBytes(document.Xml), document.Purpose);
                document.Xml = "";
                session.Update(document);
            }
            else
            {
                Open(document);   // throws, naming the setting, under another key-encryption key
            }
        }

        await session.SaveChangesAsync(cancellationToken);
    }

    // A key still in plain text (stored before encryption, not yet sealed by a start) is read as it is.
    private string Open(DataProtectionKeyDocument document) =>
        document.Xml.Length > 0 ? document.Xml : Encoding.UTF8.GetString(kek.Open(document.Sealed, document.Purpose));
}

/// <summary>Registers the PostgreSQL key ring.</summary>
public static class DataProtectionRegistration
{
    /// <summary>Data Protection with its keys in Market's database, encrypted.</summary>
    public static IServiceCollection AddMarketDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Market");
        services.ConfigureMarten(o => o.Schema.For<DataProtectionKeyDocument>());
        services.AddSingleton<MartenXmlRepository>();
        services.AddSingleton<ISecretsAtRest>(provider => provider.GetRequiredService<MartenXmlRepository>());
        services.AddOptions<KeyManagementOptions>().Configure<MartenXmlRepository>((options, repository) => options.XmlRepository = repository);
        return services;
    }
}
