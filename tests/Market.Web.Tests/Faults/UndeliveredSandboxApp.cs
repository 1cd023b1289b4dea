using System.Net.Http.Json;
using System.Text.Json;
using Market.Contracts.Orders;
using Market.Web.Tests.Api;
using Market.Web.Tests.Orders;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>
    /// An order of <paramref name="lines"/> new $20.00 works of one artist by a new buyer, paid on the
    /// sandbox checkout; its completion event is not delivered yet.
    /// </summary>
    public async Task<OrderView> PaidOrderAsync(int lines = 1)
    {
        var (_, artistKey) = await App.CreateAccountAsync("artist");
        var (_, buyerKey) = await App.CreateAccountAsync("buyer");
        using var artist = App.WithKey(artistKey);
        using var buyer = App.WithKey(buyerKey);
        var items = new List<(string, string)>();
        for (var i = 0; i < lines; i++)
        {
            var body = WorkRequests.WithOffers(WorkRequests.Valid($"Undelivered {Guid.NewGuid():N}"), ("personal", 2000));
            body.Remove("file");
            items.Add((await MarketApp.CreateWorkAsync(artist, body), "personal"));
        }

        var (orderId, checkoutUrl, _) = await SandboxBuyer.OrderAsync(buyer, [.. items]);
        await SandboxBuyer.PayAsync(App, checkoutUrl);
        return await OrderAsync(orderId);
    }

    /// <summary>The order as its grain holds it.</summary>
    public async Task<OrderView> OrderAsync(string orderId) =>
        (await App.Services.GetRequiredService<IGrainFactory>().GetGrain<IOrderGrain>(orderId).Get())!;

    /// <summary>Asserts the admin ledger check is clean; answers how many transactions the ledger holds.</summary>
    public async Task<long> LedgerTransactionsAsync()
    {
        using var admin = App.WithKey(MarketApp.AdminKey);
        var check = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/ledger/check");
        check.GetProperty("ok").GetBoolean().ShouldBeTrue(check.ToString());
        return check.GetProperty("transactions").GetInt64();
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
