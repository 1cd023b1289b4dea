using System.Security.Cryptography;
using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Domain.Catalog;
using Market.Domain.Ids;
using Market.Domain.Royalties;
using Market.Grains.Royalties;
using Market.Store.Files;
using Market.Store.Licenses;
using Market.Web.Catalog;
using Microsoft.Extensions.Options;

namespace Market.Web.Works;

/// <summary>A file as uploaded: its name and bytes.</summary>
public sealed record UploadedFile(string Name, byte[] Content);

/// <summary>
/// The outcome of registering a work: the work, or the problems by field, or (<paramref name="KeyHeldByAnotherRequest"/>)
/// nothing because the caller's idempotency key belongs to a request with another body.
/// </summary>
public sealed record WorkRegistrationResult(WorkView? Work, Dictionary<string, string[]> Errors, bool KeyHeldByAnotherRequest = false);

/// <summary>
/// Registers a work from the API or the upload page: every check first, then the files, then the
/// grain — so bad input leaves nothing behind.
/// </summary>
public sealed class WorkRegistration(
    IGrainFactory grains, FileStore files, PreviewMaker previews, IOptions<UploadOptions> uploads, RoyaltyGraphLoader graphs, RoyaltyPolicy policy,
    LicenseRegistry licenses, PublicPageOutputCache publicPages)
{
    /// <summary>
    /// Validates and registers a new work for <paramref name="artistId"/>; a fixed id makes a retry idempotent.
    /// A <paramref name="generation"/> makes it a generated work, <paramref name="artistId"/> being its creator.
    /// <paramref name="claimBeforeWriting"/> runs once the draft is valid, before anything is written; false stops there.
    /// <paramref name="namedBy"/> is who registers it (the artist unless given: a generated piece's operator); anyone
    /// else it names must accept before the work is for sale (<see cref="NamedRoles"/>).
    /// </summary>
    public async Task<WorkRegistrationResult> RegisterAsync(
        string artistId, WorkDraft draft, UploadedFile? file, CancellationToken cancellationToken, string? workId = null, WorkGeneration? generation = null,
        Func<Task<bool>>? claimBeforeWriting = null, string? namedBy = null)
    {
        var errors = WorkRules.Validate(draft);
        var (format, preview) = CheckFile(draft.Kind, file, errors);
        await CheckReferencesAsync(draft, errors);
        await CheckDerivativeRightsAsync(artistId, draft.Parents ?? [], errors, cancellationToken);
        workId ??= "w_" + Guid.NewGuid().ToString("N");
        if (errors.Count == 0)
        {
            await CheckStackAsync(workId, draft.Parents ?? [], errors);
        }

        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        if (claimBeforeWriting is not null && !await claimBeforeWriting())
        {
            return new(null, [], KeyHeldByAnotherRequest: true);
        }

        WorkFile? stored = null;
        if (file is not null && format is not null)
        {
            await files.PutAsync(FileStore.OriginalKey(workId), new StoredFile(format.MediaType, file.Content), cancellationToken);
            if (preview is not null)
            {
                await files.PutAsync(FileStore.PreviewKey(workId), new StoredFile("image/jpeg", preview), cancellationToken);
            }

            stored = new WorkFile(file.Name, format.MediaType, file.Content.LongLength, ContentHash(file.Content), preview is not null);
        }

        var consent = draft.Consent ?? Consent.None;
        var owners = draft.Owners is { Count: > 0 } o ? o.Select(x => new WorkShare(x.AccountId, x.SharePpm)).ToList() : [new WorkShare(artistId, 1_000_000)];
        var command = new RegisterWork(
            artistId, draft.Title!.Trim(), draft.Description?.Trim() ?? "", draft.Kind!,
            (draft.Tags ?? []).Select(t => t.Trim().ToLowerInvariant()).Distinct().ToList(),
            draft.Offers!.Select(x => new WorkOffer(x.Tier, x.PriceMinor)).ToList(),
            WorkConsent.From(consent),
            (draft.Parents ?? []).Select(p => new WorkShare(p.WorkId, p.SharePpm)).ToList(),
            owners, stored, generation, namedBy ?? artistId);
        var registered = await grains.GetGrain<IWorkGrain>(workId).Register(command);
        await publicPages.EvictAsync(cancellationToken);
        return new(registered, []);
    }

    /// <summary>SHA-256 of the content as the API spells it.</summary>
    public static string ContentHash(byte[] content) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));

    private (FileFormat? Format, byte[]? Preview) CheckFile(string? kind, UploadedFile? file, Dictionary<string, string[]> errors)
    {
        if (file is null)
        {
            return (null, null);
        }

        var max = uploads.Value.MaxFileBytes;
        string? problem = null;
        var format = file.Content.Length == 0 ? null : FileFormat.Sniff(file.Content);
        byte[]? preview = null;
        if (file.Content.LongLength > max) problem = $"The file is {file.Content.LongLength} bytes; the limit is {max}.";
        else if (file.Content.Length == 0) problem = "The file is empty.";
        else if (format is null) problem = "The file's content is not a format Market accepts (PNG, JPEG, GIF, WebP, MP3, WAV, FLAC, Ogg, MP4, WebM, PDF or plain text).";
        else if (WorkKind.IsKnown(kind) && !WorkKind.Accepts(kind!, format)) problem = $"A {format.MediaType} file cannot be sold as kind '{kind}'.";
        else if (format.IsImage) (preview, problem) = previews.TryMake(file.Content);
        if (problem is not null)
        {
            errors["file"] = [problem];
        }

        return (format, preview);
    }

    // The stack cap (DESIGN 2): the new work's ancestry may not take more than the platform allows.
    private async Task CheckStackAsync(string workId, IReadOnlyList<ParentShare> parents, Dictionary<string, string[]> errors)
    {
        if (parents.Count == 0)
        {
            return;
        }

        var graph = await graphs.LoadAsync(parents.Select(p => p.WorkId), policy);
        try
        {
            StackCap.EnsureEdgesFit(graph, new WorkId(workId), parents.Select(p => new ParentEdge(new WorkId(p.WorkId), p.SharePpm)).ToList(), policy.StackCapPpm);
        }
        catch (ArgumentException e)
        {
            errors["parents"] = [e.Message.Split(" (Parameter")[0]];
        }
    }

    // A derivative of someone else's work needs their permission: a derivative-tier license (DESIGN 2, tiers).
    private async Task CheckDerivativeRightsAsync(string artistId, IReadOnlyList<ParentShare> parents, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        for (var i = 0; i < parents.Count; i++)
        {
            var field = $"parents[{i}].workId";
            var parent = errors.ContainsKey(field) || string.IsNullOrWhiteSpace(parents[i].WorkId) ? null : await grains.GetGrain<IWorkGrain>(parents[i].WorkId).Get();
            if (parent is null || parent.IsOwnedBy(artistId)) continue;
            if (!await licenses.HoldsAsync(artistId, parent.Id, Tiers.Derivative, cancellationToken))
                errors[field] = [$"A derivative of '{parent.Title}' needs a derivative license of it; buy one on its page first."];
        }
    }

    private async Task CheckReferencesAsync(WorkDraft draft, Dictionary<string, string[]> errors)
    {
        var parents = draft.Parents ?? [];
        for (var i = 0; i < parents.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(parents[i].WorkId)) continue;
            var parent = await grains.GetGrain<IWorkGrain>(parents[i].WorkId).Get();
            if (parent is null) errors.TryAdd($"parents[{i}].workId", [$"No work has id '{parents[i].WorkId}'."]);

            // A derivative pays its parent's owners: not before every one of them has accepted being one.
            else if (!parent.IsForSale) errors.TryAdd($"parents[{i}].workId", [$"'{parent.Title}' is not for sale until everyone named on it accepts, so it cannot be a parent yet."]);
        }

        var owners = draft.Owners ?? [];
        for (var i = 0; i < owners.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(owners[i].AccountId) && await grains.GetGrain<IPartyGrain>(owners[i].AccountId).Get() is null)
                errors.TryAdd($"owners[{i}].accountId", [$"No account has id '{owners[i].AccountId}'."]);
        }
    }
}
