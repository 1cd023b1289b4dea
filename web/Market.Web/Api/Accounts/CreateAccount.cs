using Market.Contracts.Parties;
using Market.Domain.Parties;

namespace Market.Web.Api.Accounts;

/// <summary><c>POST /api/v1/accounts</c>: opens an account for a machine or person and returns its API key, once.</summary>
public static class CreateAccount
{
    /// <summary>The request body.</summary>
    public sealed record Request(string? DisplayName, string? Email, List<string>? Roles);

    /// <summary>The answer: the account id and its API key, shown only now.</summary>
    public sealed record Response(string Id, string ApiKey);

    /// <summary>Rate-limiter policy: 30 a minute per client address.</summary>
    public const string RateLimit = "accounts";

    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(HttpRequest http, IGrainFactory grains)
    {
        var (request, problem) = await ApiBody.ReadAsync<Request>(http);
        if (problem is not null) return problem;
        var errors = PartyRules.Validate(request!.DisplayName, request.Email, request.Roles);
        if (errors.Count > 0) return Problems.Validation(errors);

        var id = "p_" + Guid.NewGuid().ToString("N");
        var key = ApiKeys.Generate();
        var roles = request.Roles!.Distinct().ToList();
        await grains.GetGrain<IPartyGrain>(id).Register(new RegisterParty(request.DisplayName!.Trim(), request.Email!.Trim(), roles, ApiKeys.Hash(key), null));
        return Results.Created($"/api/v1/accounts/{id}", new Response(id, key));
    }
}
