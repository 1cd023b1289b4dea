using Orleans.Runtime;

namespace Market.Store.Orleans.Storage;

/// <summary>
/// Lets a grain's next state write commit inside a larger unit of work instead of alone — a paid
/// order's new state in the same PostgreSQL transaction as its ledger sale, licenses and event claim —
/// while Orleans keeps its semantics: the grain still calls <c>WriteStateAsync</c>, the storage still
/// checks the revision, and the grain's ETag moves only once the unit has committed. The join is
/// ambient (it flows with the grain's call into its storage provider), names the one row it is for,
/// and is used at most once.
/// </summary>
public static class GrainStateJoin
{
    private static readonly AsyncLocal<Joined?> Current = new();

    /// <summary>The id of a grain's state row.</summary>
    public static string Key(string serviceId, string stateName, GrainId grainId) => $"{serviceId}/{stateName}/{grainId}";

    /// <summary>
    /// Until disposed, the write of row <paramref name="key"/> is handed to <paramref name="commit"/>,
    /// which queues it with the rest of its unit and completes once all of it is committed. It answers
    /// false when the unit was not written because another writer already did its work: the storage
    /// then reports the grain's state as changed by another writer.
    /// </summary>
    public static Scope Join(string key, Func<GrainStateWrite, Task<bool>> commit)
    {
        var joined = new Joined(key, commit);
        Current.Value = joined;
        return new Scope(joined);
    }

    /// <summary>The commit joined for <paramref name="key"/>, once; null when the write is not joined.</summary>
    internal static Func<GrainStateWrite, Task<bool>>? Take(string key)
    {
        if (Current.Value is not { Taken: false } joined || joined.Key != key)
        {
            return null;
        }

        joined.Taken = true;
        return joined.Commit;
    }

    /// <summary>An open join; disposing it ends the join.</summary>
    public sealed class Scope : IDisposable
    {
        private readonly Joined _joined;

        internal Scope(Joined joined) => _joined = joined;

        /// <summary>
        /// True once the storage took the write. False after <c>WriteStateAsync</c> means the grain's
        /// storage is not Market's Marten storage, so nothing was committed with the unit.
        /// </summary>
        public bool Taken => _joined.Taken;

        /// <inheritdoc />
        public void Dispose() => Current.Value = null;
    }

    internal sealed class Joined(string key, Func<GrainStateWrite, Task<bool>> commit)
    {
        public string Key { get; } = key;

        public Func<GrainStateWrite, Task<bool>> Commit { get; } = commit;

        public bool Taken { get; set; }
    }
}
