using Marten;
using Market.Contracts.Parties;
using Market.Store.Parties;

namespace Market.Grains.Parties;

/// <summary>
/// Keeps one API key's record in memory. Market's own changes to the record call <see cref="Forget"/>;
/// a change made behind Market's back (by hand in the database) is seen within <see cref="MaxAge"/>.
/// An unknown key's activation goes as soon as it is idle, so random bearer strings fill no memory.
/// </summary>
public sealed class ApiKeyGrain(IDocumentStore store, TimeProvider time) : Grain, IApiKeyGrain
{
    /// <summary>How long a record read from the database is trusted.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private ApiKeyGrant? _grant;
    private DateTimeOffset? _readAt;

    /// <inheritdoc />
    public async Task<ApiKeyGrant?> Authenticate()
    {
        var now = time.GetUtcNow();
        if (_readAt is not { } readAt || now - readAt > MaxAge)
        {
            await using var session = store.QuerySession();
            var record = await session.LoadAsync<ApiKeyRecord>(this.GetPrimaryKeyString());
            _grant = record is { RevokedAt: null } ? new ApiKeyGrant(record.PartyId, [.. record.Roles]) : null;
            _readAt = now;
        }

        if (_grant is null)
        {
            DeactivateOnIdle();
        }

        return _grant;
    }

    /// <inheritdoc />
    public Task Forget()
    {
        _readAt = null;
        _grant = null;
        return Task.CompletedTask;
    }
}
