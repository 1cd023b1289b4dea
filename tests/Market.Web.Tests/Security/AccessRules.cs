namespace Market.Web.Tests.Security;

/// <summary>Who may reach a route that takes an id, as the authorization matrix checks it.</summary>
public enum Guard
{
    /// <summary>API, the owning party's key (or an admin's): anonymous 401, anyone else 403/404, the owner 200.</summary>
    PartyKey,

    /// <summary>API, admin keys only: anonymous 401, any other key 403.</summary>
    AdminKey,

    /// <summary>A file for its licensee, by key or by sign-in: anyone else 404.</summary>
    Licensee,

    /// <summary>A page about one person's resource: anonymous sent to sign in, anyone else 404, the owner 200.</summary>
    OwnerPage,

    /// <summary>An admin page: anonymous sent to sign in, anyone else denied.</summary>
    AdminPage,

    /// <summary>A page whose parameter is not an id (a month): it only ever shows the signed-in person's own data.</summary>
    SelfPage,
}

/// <summary>One route of the matrix: either public, with the reason, or guarded, with the owner's resource to aim at.</summary>
/// <param name="Route">The method and route pattern, e.g. <c>GET /api/v1/orders/{id}</c>; pages as <c>PAGE /Orders/{id}</c>.</param>
/// <param name="PublicBecause">Why anyone may call it; null when it is guarded.</param>
/// <param name="Guard">How it is guarded.</param>
/// <param name="Path">The path of the owner's resource.</param>
/// <param name="PostHandlers">For pages, the form handlers an intruder also posts (with a valid token), "" for the default one.</param>
public sealed record AccessRule(string Route, string? PublicBecause, Guard Guard, Func<OwnedResources, string>? Path, string[] PostHandlers)
{
    /// <summary>A route anyone may call, and why; <paramref name="path"/> aims it at a real resource (pages, for the antiforgery check).</summary>
    public static AccessRule Public(string route, string because, Func<OwnedResources, string>? path = null) => new(route, because, default, path, []);

    /// <summary>A guarded route and the owner's resource it is called with.</summary>
    public static AccessRule Guarded(string route, Guard guard, Func<OwnedResources, string> path, params string[] postHandlers) =>
        new(route, null, guard, path, postHandlers);

    /// <summary>The method part of <see cref="Route"/>.</summary>
    public string Method => Route.Split(' ')[0];
}
