using Market.Domain.Ids;
using Market.Domain.Money;
using Market.Domain.Royalties;

namespace Market.Store.Tests.Ledger.ModelBased;

internal sealed partial class SequenceGraph
{
    // Terms with a pool at or above the fair-pool floor; a fine-tune gives its base at least 1 ppm.
    // The inclusion floor is often one of its extremes: all attribution, or all floor.
    private ModelId AddModel(ModelId? baseModel, IReadOnlyList<WorkId> trainedOn)
    {
        var id = new ModelId($"m{_models.Count}");
        var pool = 200_000 + Next(600_001);
        var rest = Ppm.Whole - pool;
        var basePpm = baseModel is null ? 0 : 1 + Next(rest);
        var creator = Next(rest - basePpm + 1);
        var floor = Next(4) switch { 0 => 0, 1 => Ppm.Whole, _ => Next(Ppm.Whole + 1) };
        _graph.AddModel(new ModelVersion(id, Party(), new OutputTerms(creator, rest - basePpm - creator, pool, basePpm), floor, baseModel));
        var contributions = trainedOn.Where(_ => Next(4) != 0).DefaultIfEmpty(trainedOn[0])
            .Select(w => new Contribution(w, Next(2) == 0 ? 1 : 1 + Next(Contribution.MaxInclusionWeight))).ToList();
        var result = _graph.AddContributions(id, contributions);
        if (result.Rejected.Count > 0)
        {
            throw new InvalidOperationException($"The sequence graph offered a bad contribution: {result.Rejected[0].Reason}.");
        }

        _graph.Seal(id);
        _models.Add(id);
        return id;
    }

    // No attribution, a sparse one (some contributions), or a dense one (all of them).
    private WorkId AddPiece(ModelId model)
    {
        var pool = _graph.ContributionsOf(model);
        var count = Next(3) switch { 0 => 0, 1 => 1 + Next(pool.Count), _ => pool.Count };
        var scores = pool.Take(count).Select(c => new AttributionScore(c.Work, (1 + Next(100)) / 10m)).ToArray();
        var attribution = Attribution.FromScores(scores, w => _graph.IsContribution(model, w));
        return AddWork(new GeneratedWork(new WorkId($"g{_models.Count - 1}"), model, Party(), attribution, []));
    }

    // A parent the stack cap refuses is dropped: the work joins without it.
    private WorkId AddWork(Work work)
    {
        try
        {
            _graph.AddWork(work);
        }
        catch (ArgumentException)
        {
            _graph.AddWork(work with { Parents = [] });
        }

        _works.Add(work.Id);
        return work.Id;
    }
}
