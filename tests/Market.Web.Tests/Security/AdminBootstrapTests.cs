using System.Net;
using Market.Domain.Parties;
using Market.Testing;
using Market.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests.Security;

/// <summary>The configuration decides who administers Market, at every start.</summary>
public sealed class AdminBootstrapTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestPostgres.CreateDatabaseAsync("web");

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task TheAccountWithTheConfiguredAdminEmailIsAnAdminAfterTheNextStart()
    {
        var email = $"owner{Guid.NewGuid():N}"[..20] + "@example.com";
        var settings = new Dictionary<string, string> { ["Market:Admin:Email"] = email };
        await RunAsync(settings, async app =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MarketUser>>();
            (await users.CreateAsync(new MarketUser { UserName = email, Email = email }, SiteUser.Passphrase)).Succeeded.ShouldBeTrue();
        });

        await RunAsync(settings, async app =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MarketUser>>();
            (await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, Roles.Admin)).ShouldBeTrue();
            var someoneElse = new MarketUser { UserName = "other@example.com", Email = "other@example.com" };
            (await users.CreateAsync(someoneElse, SiteUser.Passphrase)).Succeeded.ShouldBeTrue();
            (await users.IsInRoleAsync(someoneElse, Roles.Admin)).ShouldBeFalse();
        });
    }

    [Fact]
    public async Task RotatingTheAdminKeyRevokesTheOldOne()
    {
        const string oldKey = "mk_admin_old_rotation_test", newKey = "mk_admin_new_rotation_test";
        await RunAsync(new Dictionary<string, string> { ["Market:Admin:ApiKey"] = oldKey }, async app =>
        {
            using var admin = app.WithKey(oldKey);
            (await admin.GetAsync("/api/v1/admin/ledger/check")).StatusCode.ShouldBe(HttpStatusCode.OK);
        });

        await RunAsync(new Dictionary<string, string> { ["Market:Admin:ApiKey"] = newKey }, async app =>
        {
            using var old = app.WithKey(oldKey);
            (await old.GetAsync("/api/v1/admin/ledger/check")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            using var current = app.WithKey(newKey);
            (await current.GetAsync("/api/v1/admin/ledger/check")).StatusCode.ShouldBe(HttpStatusCode.OK);
        });
    }

    // One start of Market on the shared database with these settings, stopped afterwards.
    private async Task RunAsync(IReadOnlyDictionary<string, string> settings, Func<MarketApp, Task> use)
    {
        var app = new MarketApp(_database, settings);
        await app.InitializeAsync();
        try
        {
            await use(app);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
