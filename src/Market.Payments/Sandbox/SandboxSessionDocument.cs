using JasperFx;
using Market.Domain.Ids;
using Market.Payments.Checkout;

namespace Market.Payments.Sandbox;

/// <summary>
/// A sandbox checkout session, its payment and refunds, and the events they caused: one document, so
/// each change and the event it emits are written together. Every write is a compare-and-swap on
/// <see cref="Version"/>.
/// </summary>
internal sealed class SandboxSessionDocument : ILongVersioned
{
    public string Id { get; set; } = "";

    /// <summary>Marten's numeric revision.</summary>
    public long Version { get; set; }

    /// <summary>Unique: one session per order, as the <c>checkout:{orderId}</c> idempotency key gives in Stripe mode.</summary>
    public string OrderId { get; set; } = "";

    public string? BuyerEmail { get; set; }

    public string Currency { get; set; } = "";

    public long AmountTotalMinor { get; set; }

    public List<SandboxLineRecord> Lines { get; set; } = [];

    /// <summary>As requested, template included.</summary>
    public string SuccessUrl { get; set; } = "";

    public string CancelUrl { get; set; } = "";

    /// <summary>The scheme, host and port of the site the buyer checked out on.</summary>
    public string SiteOrigin { get; set; } = "";

    public SandboxSessionStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    public SandboxEventRecord? CompletedEvent { get; set; }

    public List<SandboxRefundRecord> Refunds { get; set; } = [];

    public long AmountRefundedMinor => Refunds.Sum(refund => refund.AmountMinor);

    /// <summary>True when <paramref name="request"/> is the request this session was made from.</summary>
    public bool Matches(CheckoutRequest request) =>
        request.OrderId == OrderId
        && EmailOf(request) == BuyerEmail
        && request.SuccessUrl == SuccessUrl
        && request.CancelUrl == CancelUrl
        && request.Lines.Select(SandboxLineRecord.From).SequenceEqual(Lines);

    /// <summary>The buyer address as stored: a blank one is none.</summary>
    public static string? EmailOf(CheckoutRequest request) => string.IsNullOrWhiteSpace(request.BuyerEmail) ? null : request.BuyerEmail;

    public SandboxSession ToView() => new(
        Id,
        OrderId,
        BuyerEmail,
        Currency,
        AmountTotalMinor,
        [.. Lines.Select(line => new CheckoutLine(new WorkId(line.WorkId), line.Title, line.Tier, line.UnitAmountMinor))],
        Status,
        SuccessUrl.Replace("{CHECKOUT_SESSION_ID}", Id, StringComparison.Ordinal),
        CancelUrl,
        Status == SandboxSessionStatus.Paid ? SandboxIds.PaymentIntentOf(Id) : null,
        CompletedEvent?.Id,
        CompletedEvent?.DeliveredAt is not null);
}

/// <summary>One line as stored.</summary>
internal sealed record SandboxLineRecord(string WorkId, string Title, string Tier, long UnitAmountMinor)
{
    public static SandboxLineRecord From(CheckoutLine line) => new(line.WorkId.Value, line.Title, line.Tier, line.UnitAmountMinor);
}

/// <summary>A refund as stored, under the caller's idempotency key.</summary>
internal sealed class SandboxRefundRecord
{
    public string Id { get; set; } = "";

    public string IdempotencyKey { get; set; } = "";

    public long AmountMinor { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public SandboxEventRecord Event { get; set; } = new();
}

/// <summary>An emitted event: its exact body is kept so a redelivery sends the same bytes.</summary>
internal sealed class SandboxEventRecord
{
    public string Id { get; set; } = "";

    public string Payload { get; set; } = "";

    public DateTimeOffset? DeliveredAt { get; set; }
}
