using System.Threading.RateLimiting;
using Market.Web.Works;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.Extensions.Options;

namespace Market.Web.Api.Models;

/// <summary>
/// Where a training-set upload waits until its whole body has arrived: a private temporary file,
/// deleted when closed. Only then does the import take a PostgreSQL connection, a transaction and
/// the model's lock, and it reads the staged file at disk speed — so a slow sender holds none of
/// them. The body must keep up <see cref="UploadOptions.MinImportBytesPerSecond"/>, and each operator
/// may stage <see cref="UploadOptions.ConcurrentImportsPerOperator"/> uploads at once on a node.
/// </summary>
public sealed class ContributionStaging(IOptions<UploadOptions> options)
{
    private readonly PartitionedRateLimiter<string> _perOperator = PartitionedRateLimiter.Create<string, string>(operatorId =>
        RateLimitPartition.GetConcurrencyLimiter(operatorId, _ => new ConcurrencyLimiterOptions { PermitLimit = options.Value.ConcurrentImportsPerOperator, QueueLimit = 0 }));

    /// <summary>A slot for <paramref name="operatorId"/>'s upload, held until disposed; not acquired when the operator has all theirs in use.</summary>
    public RateLimitLease Reserve(string operatorId) => _perOperator.AttemptAcquire(operatorId);

    /// <summary>Copies the request body to a staged file and returns it, positioned at its start.</summary>
    /// <exception cref="BadHttpRequestException">The body is larger than allowed, or arrives slower than the minimum rate.</exception>
    public async Task<Stream> StageAsync(HttpContext http)
    {
        if (http.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } rate)
        {
            rate.MinDataRate = new MinDataRate(options.Value.MinImportBytesPerSecond, TimeSpan.FromSeconds(options.Value.MinImportGraceSeconds));
        }

        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "market-staged-imports"));
        var file = new FileStream(
            Path.Combine(folder.FullName, Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            bufferSize: 1 << 16, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            await http.Request.Body.CopyToAsync(file, http.RequestAborted);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
