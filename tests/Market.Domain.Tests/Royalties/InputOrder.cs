using Market.Domain.Royalties;

namespace Market.Domain.Tests.Royalties;

/// <summary>
/// The same graph sent in another order: split sheets, parents, training sets and attribution
/// entries reversed, the attribution converted again from its reversed scores.
/// </summary>
internal static class InputOrder
{
    public static GraphOp Reversed(GraphOp op) => op switch
    {
        AddWorkOp { Work: OriginalWork o } add => add with { Work = new OriginalWork(o.Id, [.. o.Owners.Reverse()], [.. o.Parents.Reverse()]) },
        AddWorkOp { Work: GeneratedWork g } add => add with
        {
            Work = g with { Attribution = Attribution.FromScores([.. add.Scores.Reverse()], _ => true), Parents = [.. g.Parents.Reverse()] },
        },
        AddContributionsOp c => c with { Contributions = [.. c.Contributions.Reverse()] },
        AddEdgesOp e => e with { Edges = [.. e.Edges.Reverse()] },
        _ => op,
    };
}
