using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Market.Web.Tests.Api;

public sealed class CreateAccountTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task OpeningAnAccountReturnsItsIdAndAKeyThatAuthenticates()
    {
        var (id, key) = await app.CreateAccountAsync("artist");

        id.ShouldStartWith("p_");
        key.ShouldStartWith("mk_");
        using var client = app.WithKey(key);
        var response = await client.PostAsJsonAsync("/api/v1/works", WorkRequests.Valid());
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task OnlyTheHashOfTheKeyIsStored()
    {
        var (_, key) = await app.CreateAccountAsync("buyer");

        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM market.mt_doc_apikeyrecord WHERE data::text LIKE '%' || $1 || '%' OR id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        ((long)(await command.ExecuteScalarAsync())!).ShouldBe(0);
    }

    [Theory]
    [InlineData("""{"email":"a@b.io","roles":["artist"]}""", "displayName")]
    [InlineData("""{"displayName":"Ava","email":"not-an-email","roles":["artist"]}""", "email")]
    [InlineData("""{"displayName":"Ava","email":"a@b.io","roles":["admin"]}""", "roles[0]")]
    [InlineData("""{"displayName":"Ava","email":"a@b.io","roles":[]}""", "roles")]
    [InlineData("""{"displayName":"Ava","email":"a@b.io","roles":"artist"}""", "roles")]
    [InlineData("""not json""", "body")]
    public async Task BadInputGetsAProblemNamingTheField(string body, string field)
    {
        using var client = app.Anonymous();
        var response = await client.PostAsync("/api/v1/accounts", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }
}
