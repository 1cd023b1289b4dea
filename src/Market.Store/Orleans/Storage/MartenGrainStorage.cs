using System.Globalization;
using JasperFx;
using Marten;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Market.Store.Orleans.Storage;

/// <summary>
/// Orleans grain storage on Marten: one <see cref="GrainStateDocument"/> per grain and state name, the
/// Marten revision as ETag, every write a compare-and-swap on it.
/// </summary>
public sealed class MartenGrainStorage(
    IDocumentStore store,
    IOptions<ClusterOptions> cluster,
    Serializer serializer,
    IActivatorProvider activators) : IGrainStorage
{
    private readonly string _serviceId = cluster.Value.ServiceId;

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(
        string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var document = await session.LoadAsync<GrainStateDocument>(Key(stateName, grainId), cancellationToken);
        grainState.ETag = document is null ? null : ETag(document.Version);
        grainState.RecordExists = document?.State is not null;
        grainState.State = document?.State is { } state
            ? serializer.Deserialize<T>(state)
            : activators.GetActivator<T>().Create();
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(
        string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var state = serializer.SerializeToArray(grainState.State);
        grainState.ETag = await SwapAsync(Key(stateName, grainId), grainState.ETag, state, cancellationToken);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(
        string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        grainState.ETag = await SwapAsync(Key(stateName, grainId), grainState.ETag, state: null, cancellationToken);
        grainState.RecordExists = false;
        grainState.State = activators.GetActivator<T>().Create();
    }

    /// <summary>Writes the document if its revision is still <paramref name="etag"/>; returns the new ETag.</summary>
    private async Task<string> SwapAsync(string key, string? etag, byte[]? state, CancellationToken cancellationToken)
    {
        var write = new GrainStateWrite(key, etag is null ? 0 : ParseETag(key, etag), state);
        try
        {
            // A joined write commits inside a larger unit of work (a paid order's fulfilment, GrainStateJoin).
            if (GrainStateJoin.Take(key) is { } joined)
            {
                if (!await joined(write))
                {
                    throw new InconsistentStateException($"Grain state {key} was not written: another writer did the same work first.", await StoredETagAsync(key, cancellationToken), etag ?? "(none)");
                }
            }
            else
            {
                await using var session = store.LightweightSession();
                write.QueueIn(session);
                await session.SaveChangesAsync(cancellationToken);
            }
        }
        catch (Exception exception) when (DatabaseErrors.Chain(exception).Any(e => e is ConcurrencyException or DocumentAlreadyExistsException))
        {
            // Marten's exception stays out: Orleans cannot serialize it back to the calling grain.
            var stored = await StoredETagAsync(key, cancellationToken);
            throw new InconsistentStateException($"Grain state {key} was changed by another writer.", stored, etag ?? "(none)");
        }

        return ETag(write.NextRevision);
    }

    private async Task<string> StoredETagAsync(string key, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var stored = await session.LoadAsync<GrainStateDocument>(key, cancellationToken);
        return stored is null ? "(none)" : ETag(stored.Version);
    }

    private static long ParseETag(string key, string etag) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            ? revision
            : throw new InconsistentStateException($"Grain state {key} has a foreign ETag.", "(unknown)", etag);

    private static string ETag(long revision) => revision.ToString(CultureInfo.InvariantCulture);

    private string Key(string stateName, GrainId grainId) => GrainStateJoin.Key(_serviceId, stateName, grainId);
}
