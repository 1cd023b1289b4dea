using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Money;
using Market.Domain.Royalties;

namespace Market.Store.Tests.Ledger;

/// <summary>
/// The worked example of DESIGN 2.2 with parties and model of its own (ids end in a fresh tag), so
/// tests sharing a database never share an account.
/// </summary>
internal sealed class WorkedExample
{
    public static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private readonly string _tag = Guid.NewGuid().ToString("N")[..12];

    public WorkedExample()
    {
        var graph = new InMemoryRoyaltyGraph();
        foreach (var (work, artist) in Works.Zip(Artists))
        {
            graph.AddWork(OriginalWork.OwnedBy(work, artist));
        }

        graph.AddModel(new ModelVersion(Model, Operator, new OutputTerms(400_000, 300_000, 300_000)));
        graph.AddContributions(Model, Works.Select(w => new Contribution(w)));
        graph.Seal(Model);
        var scores = Works.Zip([0.5m, 0.3m, 0.2m], (w, s) => new AttributionScore(w, s)).ToList();
        graph.AddWork(new GeneratedWork(Piece, Model, Creator, Attribution.FromScores(scores, w => graph.IsContribution(Model, w)), []));
        Allocator = new RoyaltyAllocator(graph, RoyaltyPolicy.Default);
    }

    public PartyId Creator => new($"creator-{_tag}");

    public PartyId Operator => new($"operator-{_tag}");

    public PartyId[] Artists => [new($"artist-1-{_tag}"), new($"artist-2-{_tag}"), new($"artist-3-{_tag}")];

    public WorkId[] Works => [new($"w1-{_tag}"), new($"w2-{_tag}"), new($"w3-{_tag}")];

    public WorkId Piece => new($"g-{_tag}");

    public ModelId Model => new($"m-{_tag}");

    public RoyaltyAllocator Allocator { get; }

    /// <summary>The $20.00 piece sold on order <paramref name="order"/> (a new one when null).</summary>
    public LedgerTransaction Sale(string? order = null, DateTimeOffset? at = null)
    {
        order ??= $"order-{Guid.NewGuid():N}";
        var split = Allocator.AllocateSale(Piece, 2_000, PaymentFees.Sandbox(2_000));
        return LedgerTransactions.Sale(split, LedgerKeys.Sale(order, "l1"), at ?? Noon, new LedgerReferences(order, "l1"));
    }
}
