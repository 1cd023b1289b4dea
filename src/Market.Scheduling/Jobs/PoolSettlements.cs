using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Royalties;
using Market.Grains.Royalties;
using Market.Store.Ledger;
using Market.Store.Models;
using Npgsql;

namespace Market.Scheduling.Jobs;

/// <summary>
/// Settles pools' accumulated inclusion floors (DESIGN 2.2, step 4): each pool's floor balance is
/// apportioned over its training set by inclusion weight and posted as one ledger transaction, keyed
/// per pool per day so a second pass the same day replays instead of paying twice.
/// </summary>
public sealed class PoolSettlements(LedgerStore ledger, TrainingSetTables tables, RoyaltyGraphLoader loader, RoyaltyPolicy policy, TimeProvider time)
{
    /// <summary>Settles every pool with a positive floor; answers the micros settled per pool (replays count as 0).</summary>
    public async Task<IReadOnlyList<(ModelId Pool, long SettledMicros)>> SettleAllAsync(CancellationToken cancellationToken = default)
    {
        var settled = new List<(ModelId, long)>();
        foreach (var (pool, floor) in await ledger.PoolFloorsAsync(cancellationToken))
        {
            var now = time.GetUtcNow();
            var graph = await LoadAsync(pool, cancellationToken);
            var key = LedgerKeys.PoolSettlement(pool, DateOnly.FromDateTime(now.UtcDateTime));
            var posted = await ledger.PostAsync(LedgerTransactions.PoolSettlement(new RoyaltyAllocator(graph, policy), pool, floor, key, now), cancellationToken);
            settled.Add((pool, posted.Replayed ? 0 : floor));
        }

        return settled;
    }

    private async Task<IRoyaltyGraph> LoadAsync(ModelId pool, CancellationToken cancellationToken)
    {
        var trainingSet = await TrainingSetAsync(pool, cancellationToken);
        var reachable = await loader.LoadAsync(trainingSet.Select(c => c.Work.Value), modelRoots: [pool.Value]);
        return new PoolGraph(reachable, pool, trainingSet);
    }

    private async Task<IReadOnlyList<Contribution>> TrainingSetAsync(ModelId pool, CancellationToken cancellationToken)
    {
        await using var command = tables.DataSource.CreateCommand($"SELECT work_id, weight FROM {tables.Contributions} WHERE model_id = $1 ORDER BY work_id");
        command.Parameters.Add(new NpgsqlParameter { Value = pool.Value });
        var contributions = new List<Contribution>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            contributions.Add(new Contribution(new WorkId(reader.GetString(0)), reader.GetInt64(1)));
        }

        return contributions;
    }
}
