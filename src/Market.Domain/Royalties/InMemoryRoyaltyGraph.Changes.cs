using Market.Domain.Ids;

namespace Market.Domain.Royalties;

public sealed partial class InMemoryRoyaltyGraph
{
    /// <summary>Adds a work after checking <see cref="WorkNodeRules"/>.</summary>
    /// <exception cref="ArgumentException">The work breaks a rule; the graph is unchanged.</exception>
    public void AddWork(Work work)
    {
        WorkNodeRules.EnsureCanAdd(this, work, policy);
        _works.Add(work.Id, work);
        IndexChildren(work.Id, work.Parents);
    }

    /// <summary>Gives an existing work more parents, after checking <see cref="StackCap"/> over it and its descendants.</summary>
    /// <exception cref="ArgumentException">An edge breaks a rule; the graph is unchanged.</exception>
    public void AddParentEdges(WorkId child, IReadOnlyList<ParentEdge> edges)
    {
        var work = this.GetWork(child);
        StackCap.EnsureEdgesFit(this, child, edges, policy.StackCapPpm);
        _works[child] = work with { Parents = [.. work.Parents, .. edges] };
        IndexChildren(child, edges);
    }

    /// <summary>Adds a model version (unsealed or sealed) after checking <see cref="ModelRules"/>.</summary>
    /// <exception cref="ArgumentException">The model breaks a rule; the graph is unchanged.</exception>
    public void AddModel(ModelVersion model)
    {
        ModelRules.EnsureCanAdd(this, model, policy);
        _models.Add(model.Id, model);
        _pools.Add(model.Id, new Pool());
    }

    /// <summary>Adds training contributions to an unsealed version; each bad one is rejected with its reason, the rest join.</summary>
    public ContributionResult AddContributions(ModelId model, IEnumerable<Contribution> contributions)
    {
        var rejected = new List<RejectedContribution>();
        var accepted = 0;
        foreach (var contribution in contributions)
        {
            if (PoolRules.RejectionOf(this, model, contribution) is { } reason)
            {
                rejected.Add(new RejectedContribution(contribution.Work, reason));
                continue;
            }

            var pool = _pools[model];
            pool.Members.Add(contribution.Work, contribution);
            pool.InOrder.Add(contribution);
            accepted++;
        }

        return new ContributionResult(accepted, rejected);
    }

    /// <summary>Seals a model version: its training set is final and put in canonical order.</summary>
    /// <exception cref="ArgumentException">See <see cref="PoolRules.EnsureCanSeal"/>.</exception>
    public void Seal(ModelId model)
    {
        PoolRules.EnsureCanSeal(this, model);
        var version = this.GetModel(model);
        _pools[model].InOrder.Sort((a, b) => WorkId.Ordinal.Compare(a.Work, b.Work));
        _models[model] = version with { IsSealed = true };
    }

    private void IndexChildren(WorkId child, IReadOnlyList<ParentEdge> edges)
    {
        foreach (var edge in edges)
        {
            if (!_children.TryGetValue(edge.Parent, out var children))
            {
                _children[edge.Parent] = children = [];
            }

            children.Add(child);
        }
    }
}
