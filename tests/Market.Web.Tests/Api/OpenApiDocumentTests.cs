using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests.Api;

/// <summary>
/// <c>/openapi/v1.json</c> against the routes the app really maps and the answers it really sends, so a
/// route added without its description, or a description that drifts from the route, fails here.
/// </summary>
public sealed class OpenApiDocumentTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task EveryMappedApiRouteIsInTheDocument()
    {
        var documented = (await ApiDescription.LoadAsync(app)).Operations.Select(o => o.Route).ToHashSet();
        var mapped = MappedApiRoutes().Select(r => r.Route).ToList();

        mapped.Count.ShouldBeGreaterThan(35);
        mapped.Except(documented).ShouldBeEmpty("mapped under /api/v1 but missing from /openapi/v1.json");
        documented.Except(mapped).ShouldBeEmpty("in /openapi/v1.json but not mapped");
    }

    [Fact]
    public async Task TheDocumentNamesTheApiAndDescribesNothingElse()
    {
        var description = await ApiDescription.LoadAsync(app);

        description.Document["info"]!["title"]!.GetValue<string>().ShouldBe("Market API");
        description.Document["info"]!["version"]!.GetValue<string>().ShouldBe("v1");
        description.Document["info"]!["description"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        description.Operations.Select(o => o.Path).ShouldAllBe(path => path.StartsWith("/api/v1/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryOperationDocumentsAnAnswerWithASchemaAndAProblemDetailsError()
    {
        var failures = new List<string>();
        foreach (var (route, _, operation) in (await ApiDescription.LoadAsync(app)).Operations)
        {
            var responses = operation["responses"]!.AsObject();
            if (!responses.Any(r => r.Key.StartsWith('2') && ApiDescription.MediaTypes(r.Value).Any(m => ApiDescription.HasSchema(m.Value))))
                failures.Add($"{route}: no success answer with a schema or a document type");
            if (!responses.Any(r => r.Key[0] is '4' or '5' && ApiDescription.IsProblemDetails(r.Value)))
                failures.Add($"{route}: no problem details error answer");
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task RoutesThatNeedAKeyDeclareTheBearerSchemeAndTheirRefusalsAndPublicRoutesDoNot()
    {
        var description = await ApiDescription.LoadAsync(app);
        var scheme = description.Document["components"]!["securitySchemes"]!["ApiKey"]!;
        scheme["type"]!.GetValue<string>().ShouldBe("http");
        scheme["scheme"]!.GetValue<string>().ShouldBe("bearer");

        var failures = new List<string>();
        var operations = description.Operations.ToDictionary(o => o.Route, o => o.Operation);
        foreach (var (route, needsKey, needsRole) in MappedApiRoutes())
        {
            var operation = operations[route];
            var declared = operation["security"]?.AsArray().Any(requirement => requirement!.AsObject().ContainsKey("ApiKey")) == true;
            if (declared != needsKey) failures.Add($"{route}: needs a key {needsKey}, declares one {declared}");
            var responses = operation["responses"]!.AsObject();
            if (needsKey && !ApiDescription.IsProblemDetails(responses["401"])) failures.Add($"{route}: no 401 problem answer");
            if (needsRole && !ApiDescription.IsProblemDetails(responses["403"])) failures.Add($"{route}: no 403 problem answer");
            if (!ApiDescription.IsProblemDetails(responses["429"])) failures.Add($"{route}: no 429 problem answer");
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnswersSentByTheApiHaveTheFieldsTheirSchemasDeclare()
    {
        var description = await ApiDescription.LoadAsync(app);
        using var anonymous = app.Anonymous();
        var opened = await anonymous.PostAsJsonAsync("/api/v1/accounts", new { displayName = "Schema Check", email = "schema@test.market", roles = new[] { "artist" } });

        var answers = new Dictionary<string, HttpResponseMessage>
        {
            ["POST /api/v1/accounts"] = opened,
            ["GET /api/v1/catalog"] = await anonymous.GetAsync("/api/v1/catalog"),
            ["GET /api/v1/signing-key"] = await anonymous.GetAsync("/api/v1/signing-key"),
        };
        foreach (var (route, response) in answers)
        {
            var schema = description.ResponseSchema(route, (int)response.StatusCode, response.Content.Headers.ContentType!.MediaType!);
            var sent = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject().Select(p => p.Key).ToList();
            sent.ShouldBeSubsetOf(ApiDescription.Properties(schema), route);
            ApiDescription.Required(schema).ShouldBeSubsetOf(sent, route);
        }

        var missing = await anonymous.GetAsync("/api/v1/works/w_missing");
        var problem = description.ResponseSchema("GET /api/v1/works/{id}", (int)missing.StatusCode, missing.Content.Headers.ContentType!.MediaType!);
        ApiDescription.Properties(problem).ShouldContain("detail");
    }

    // Every endpoint under /api/v1, as "METHOD /path" with route constraints dropped as the document drops them.
    private List<(string Route, bool NeedsKey, bool NeedsRole)> MappedApiRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Path: ApiDescription.PathOf(e.RoutePattern.RawText!)))
            .Where(e => e.Path.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(e =>
            {
                var rules = e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
                return (e.Endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                    .Select(method => ($"{method} {e.Path}", rules.Count > 0, rules.Any(r => !string.IsNullOrEmpty(r.Roles))));
            })
            .ToList();
}
