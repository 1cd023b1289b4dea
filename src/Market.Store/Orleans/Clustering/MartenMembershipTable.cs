using Marten;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Market.Store.Orleans.Clustering;

/// <summary>
/// Orleans' membership table on Marten: the cluster's rows and table version live in one
/// <see cref="MembershipDocument"/>, and every write is a compare-and-swap on its revision.
/// </summary>
public sealed partial class MartenMembershipTable(IDocumentStore store, IOptions<ClusterOptions> cluster) : IMembershipTable
{
    private readonly MembershipDocuments _documents = new(store);
    private readonly string _clusterId = cluster.Value.ClusterId;

    /// <inheritdoc />
    public Task InitializeMembershipTableAsync(bool tryInitTableVersion, CancellationToken cancellationToken = default) =>
        // Writing the empty table now also creates the schema objects before the first silo joins.
        tryInitTableVersion
            ? _documents.ChangeAsync(_clusterId, static document => document.Version == 0, cancellationToken)
            : Task.CompletedTask;

    /// <inheritdoc />
    public async Task<MembershipTableData> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        var document = await _documents.ReadAsync(_clusterId, cancellationToken);
        return document.ToTableData(document.Rows);
    }

    /// <inheritdoc />
    public async Task<MembershipTableData> ReadRowAsync(SiloAddress key, CancellationToken cancellationToken = default)
    {
        var document = await _documents.ReadAsync(_clusterId, cancellationToken);
        return document.ToTableData(document.Rows.Where(row => row.SiloAddress == key.ToParsableString()));
    }

    /// <inheritdoc />
    public Task<bool> InsertRowAsync(
        MembershipEntry entry, TableVersion tableVersion, CancellationToken cancellationToken = default) =>
        _documents.ChangeAsync(_clusterId, document =>
        {
            if (!document.Precedes(tableVersion) || document.Find(entry.SiloAddress.ToParsableString()) is not null)
            {
                return false;
            }

            document.Rows.Add(MembershipRow.From(entry, document.Advance(tableVersion)));
            return true;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<bool> UpdateRowAsync(
        MembershipEntry entry, string etag, TableVersion tableVersion, CancellationToken cancellationToken = default) =>
        _documents.ChangeAsync(_clusterId, document =>
        {
            var row = document.Find(entry.SiloAddress.ToParsableString());
            if (!document.Precedes(tableVersion) || row is null || row.ETag != etag)
            {
                return false;
            }

            document.Rows[document.Rows.IndexOf(row)] = MembershipRow.From(entry, document.Advance(tableVersion));
            return true;
        }, cancellationToken);

    /// <inheritdoc />
    public Task UpdateIAmAliveAsync(MembershipEntry entry, CancellationToken cancellationToken = default) =>
        // A heartbeat touches neither the table version nor the row etag, so it never invalidates an
        // update another silo prepared from an earlier read. A row already cleaned up stays gone.
        _documents.ChangeAsync(_clusterId, document =>
        {
            var row = document.Find(entry.SiloAddress.ToParsableString());
            if (row is null || row.IAmAliveTime == entry.IAmAliveTime)
            {
                return false;
            }

            row.IAmAliveTime = entry.IAmAliveTime;
            return true;
        }, cancellationToken);

    /// <inheritdoc />
    public Task CleanupDefunctSiloEntriesAsync(DateTimeOffset beforeDate, CancellationToken cancellationToken = default) =>
        // The table version stays: removing long-dead rows changes nothing a live silo depends on.
        _documents.ChangeAsync(_clusterId, document =>
            document.Rows.RemoveAll(row =>
                row.Status == SiloStatus.Dead && row.LastUpdate() < beforeDate.UtcDateTime) > 0,
            cancellationToken);

    /// <inheritdoc />
    public Task DeleteMembershipTableEntriesAsync(string clusterId, CancellationToken cancellationToken = default) =>
        // Emptied rather than deleted: a revisioned update of a deleted document would silently recreate
        // it, so a writer that read the old table could bring its rows back.
        _documents.ChangeAsync(clusterId, static document =>
        {
            var wasWritten = document.Version > 0;
            document.Rows.Clear();
            document.TableVersion = 0;
            return wasWritten;
        }, cancellationToken);
}
