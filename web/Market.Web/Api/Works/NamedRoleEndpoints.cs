using System.Security.Claims;
using Market.Contracts.Works;
using Market.Domain.Catalog;
using Market.Domain.Parties;
using Market.Web.Api.Models;
using Market.Web.Works;

namespace Market.Web.Api.Works;

/// <summary>
/// People named on a work by someone else (a generated piece's creator, split-sheet co-owners) answer for
/// themselves: <c>GET /api/v1/accounts/{id}/named-roles</c> lists what awaits them and who has not answered
/// them; <c>POST /api/v1/works/{id}/named-roles/accept</c> and <c>…/decline</c> answer.
/// </summary>
public static class NamedRoleEndpoints
{
    /// <summary>A named person and their answer.</summary>
    public sealed record PersonView(string AccountId, string Role, string Answer, DateTimeOffset? AnsweredAt);

    /// <summary>A work awaiting answers, as the named person or the naming party sees it.</summary>
    public sealed record RequestView(
        string WorkId, string Title, string NamedBy, string NamedByName, string? Role, string? Answer,
        string Status, bool ForSale, IReadOnlyList<PersonView> Named);

    /// <summary>The answer of the list: <c>requests</c> name the caller, <c>named</c> are the caller's own requests of others.</summary>
    public sealed record ListView(IReadOnlyList<RequestView> Requests, IReadOnlyList<RequestView> Named);

    /// <summary>The <c>namedRoles</c> block of a work's public view: the answers together, who named whom, who has not answered, who declined.</summary>
    public sealed record SummaryView(
        string Status, bool ForSale, string? NamedBy, IReadOnlyList<string> Pending, IReadOnlyList<string> Declined, IReadOnlyList<PersonView> Named);

    /// <summary>The <c>namedRoles</c> block of <paramref name="work"/>; null when nobody was named by someone else.</summary>
    public static SummaryView? Summary(WorkView work) => work.Named is null ? null : new SummaryView(
        work.NamedStatus, work.IsForSale, work.NamedBy,
        [.. work.Named.Where(n => n.Answer == NamedRoles.Pending).Select(n => n.PartyId)],
        [.. work.Named.Where(n => n.Answer == NamedRoles.Declined).Select(n => n.PartyId)],
        People(work));

    /// <summary><c>GET /api/v1/accounts/{id}/named-roles</c>: the caller's own (an admin may read anyone's).</summary>
    public static async Task<IResult> List(string id, ClaimsPrincipal user, NamedRoleRequests requests)
    {
        if (id != user.FindFirstValue(ApiKeyAuthentication.PartyClaim) && !user.IsInRole(Roles.Admin))
            return Problems.NotFound($"No account of yours has id '{id}'.");
        var rows = await requests.ForAsync(id);
        var views = rows.Select(r => new RequestView(
            r.Work.Id, r.Work.Title, r.Work.NamedBy!, r.NamerName, r.Mine?.Role, r.Mine?.Answer, r.Work.NamedStatus, r.Work.IsForSale, People(r.Work))).ToList();
        return Results.Ok(new ListView([.. views.Where(v => v.Role is not null)], [.. views.Where(v => v.NamedBy == id)]));
    }

    /// <summary><c>POST /api/v1/works/{id}/named-roles/accept</c>: the caller accepts their role; answers with the work's public view.</summary>
    public static Task<IResult> Accept(string id, ClaimsPrincipal user, NamedRoleRequests requests, IGrainFactory grains, HttpContext http) =>
        AnswerAsync(id, accept: true, user, requests, grains, http.RequestAborted);

    /// <summary><c>POST /api/v1/works/{id}/named-roles/decline</c>: the caller declines; the work stays off sale.</summary>
    public static Task<IResult> Decline(string id, ClaimsPrincipal user, NamedRoleRequests requests, IGrainFactory grains, HttpContext http) =>
        AnswerAsync(id, accept: false, user, requests, grains, http.RequestAborted);

    private static async Task<IResult> AnswerAsync(string id, bool accept, ClaimsPrincipal user, NamedRoleRequests requests, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var answer = await requests.AnswerAsync(id, user.FindFirstValue(ApiKeyAuthentication.PartyClaim)!, accept, cancellationToken);
        return answer switch
        {
            null => Problems.NotFound($"No work has id '{id}'."),
            { Refusal: NamedRoleRefusal.NotNamed } => ModelAccess.Forbidden($"You are not named on work '{id}': only the person named answers, for themself."),
            { Refusal: NamedRoleRefusal.AlreadyAnswered, Message: var message } => ModelAccess.Conflict($"Work '{id}': {message}"),
            _ => await GetWork.Handle(id, grains),
        };
    }

    private static List<PersonView> People(WorkView work) => [.. (work.Named ?? []).Select(n => new PersonView(n.PartyId, n.Role, n.Answer, n.AnsweredAt))];
}
