using Market.Domain.Reports;

namespace Market.Web.Reports;

/// <summary>
/// A month of the public transparency report, as a Marten document once the month has ended: it is
/// computed once from the ledger and then served from here, so anonymous readers never make Market
/// re-read a month's ledger.
/// </summary>
public sealed class TransparencyFigures
{
    /// <summary>The month, <c>yyyy-MM</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Where the month's money went.</summary>
    public MoneyFlow Flow { get; set; } = MoneyFlow.Zero;

    /// <summary>Paid order lines in the month.</summary>
    public int Sales { get; set; }

    /// <summary>Training contributors credited in the month.</summary>
    public int PaidContributors { get; set; }

    /// <summary>When it was computed (bookkeeping only).</summary>
    public DateTimeOffset ComputedAt { get; set; }
}
