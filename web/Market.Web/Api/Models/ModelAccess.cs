using System.Security.Claims;
using Market.Contracts.Models;

namespace Market.Web.Api.Models;

/// <summary>Finds a model version and checks that the caller is the operator who registered it.</summary>
public static class ModelAccess
{
    /// <summary>The version, or a 404 when there is none, or a 403 when <paramref name="user"/> does not own it.</summary>
    public static async Task<(ModelView? Model, IResult? Problem)> OwnedAsync(IGrainFactory grains, string id, ClaimsPrincipal user)
    {
        var model = await grains.GetGrain<IModelGrain>(id).Get();
        if (model is null)
        {
            return (null, Problems.NotFound($"No model version has id '{id}'."));
        }

        return model.OwnerId == user.FindFirstValue(ApiKeyAuthentication.PartyClaim)
            ? (model, null)
            : (null, Forbidden($"Only the operator who registered model version '{id}' may do this."));
    }

    /// <summary>A 403 saying why.</summary>
    public static IResult Forbidden(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);

    /// <summary>A 409: the request is well formed, but the model version's state does not allow it.</summary>
    public static IResult Conflict(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    /// <summary>The 409 for changing a sealed version.</summary>
    public static IResult Sealed(string id) =>
        Conflict($"Model version '{id}' is sealed: its training set is frozen. Register a new version to train on more works.");
}
