using Npgsql;

namespace Market.Web.Tests.Faults;

/// <summary>
/// Market whose sandbox delivers its webhook events to an endpoint that only says thanks, so a test
/// delivers them to Market itself, as Stripe would, when and as often as it likes; and which can make
/// its own database refuse a write, to fail the store at one chosen step.
/// </summary>
public sealed class UndeliveredSandboxApp : IAsyncLifetime
{
    private readonly ThankingEndpoint _elsewhere = new();

    /// <summary>Creates the app (started by <see cref="InitializeAsync"/>).</summary>
    public UndeliveredSandboxApp() => App = new MarketApp(new Dictionary<string, string> { ["Stripe:SandboxWebhookUrl"] = _elsewhere.Url });

    /// <summary>The app.</summary>
    public MarketApp App { get; }

    /// <summary>
    /// Until disposed, every insert or update of <paramref name="table"/> (in the store's schema unless
    /// qualified) whose id is like <paramref name="idLike"/> (every row when null) fails in PostgreSQL.
    /// </summary>
    public async Task<IAsyncDisposable> RefuseWritesAsync(string table, string? idLike = null)
    {
        var condition = idLike is null ? "true" : $"new.id like '{idLike}'";
        await ExecuteAsync($"""
            create or replace function public.refuse_for_test() returns trigger language plpgsql as $$
            begin
              if {condition} then raise exception 'fault injected by the test into %', tg_table_name; end if;
              return new;
            end $$;
            create trigger refuse_for_test before insert or update on {table} for each row execute function public.refuse_for_test();
            """);
        return new Refusal(() => ExecuteAsync($"drop trigger refuse_for_test on {table}"));
    }

    /// <inheritdoc />
    public Task InitializeAsync() => App.InitializeAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _elsewhere.Dispose();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(App.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class Refusal(Func<Task> lift) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await lift();
    }
}
