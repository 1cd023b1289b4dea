using Market.Store;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;

namespace Market.Web.Pages.Admin;

/// <summary>
/// The ids of the latest payout runs, whoever started them (this page, the API or the weekly job).
/// Runs have no index of their own; every run that planned anything has written its grain state,
/// whose row id is <c>{serviceId}/payout-run/{grainId}</c>, so those rows are the list.
/// </summary>
public static class PayoutRunsQuery
{
    /// <summary>Up to <paramref name="limit"/> run ids, most recently changed first.</summary>
    public static async Task<List<string>> LatestAsync(
        NpgsqlDataSource dataSource, MarketStoreOptions store, IOptions<ClusterOptions> cluster, int limit, CancellationToken cancellationToken)
    {
        var prefix = $"{cluster.Value.ServiceId}/payout-run/";
        await using var command = dataSource.CreateCommand(
            $"SELECT id FROM \"{store.Schema}\".mt_doc_orleans_grain_state WHERE starts_with(id, $1) ORDER BY mt_last_modified DESC LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter { Value = prefix });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var grainId = reader.GetString(0)[prefix.Length..];   // "payoutrun/{runId}"
            ids.Add(grainId[(grainId.IndexOf('/', StringComparison.Ordinal) + 1)..]);
        }

        return ids;
    }
}
