using Market.Domain.Ledger;
using Market.Store.Ledger;

namespace Market.Store.Tests.Ledger.ModelBased;

/// <summary>
/// Runs one command sequence against the real ledger and the reference model side by side, the way
/// the application would — build with the domain from what the store says, post, read back — and
/// checks after every step (<see cref="CheckAsync"/>). A failure names the step, the command and
/// every step before it, resolved (which sale, how much).
/// </summary>
internal sealed partial class LedgerDriver(LedgerStore ledger, LedgerInvariants invariants, SequenceGraph graph)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private readonly ReferenceLedger _model = new();
    private readonly List<LedgerTransaction> _posted = [];
    private readonly List<string> _sales = [];
    private readonly List<string> _log = [];
    private int _step;
    private int _orders;

    /// <summary>What each step did, resolved, one a line.</summary>
    public IReadOnlyList<string> Log => _log;

    /// <summary>How many steps of each kind ran (a step with nothing to act on counts as skipped).</summary>
    public Dictionary<string, int> Kinds { get; } = [];

    // Each step happens an hour after the last, on a day of its own, so keys made from days never meet.
    private DateTimeOffset Now => Start.AddHours(_step);

    private DateOnly Today => DateOnly.FromDateTime(Start.UtcDateTime).AddDays(_step);

    /// <summary>Runs every command, checking after each.</summary>
    /// <exception cref="InvalidOperationException">A step failed; the message lists the steps up to it.</exception>
    public async Task RunAsync(IReadOnlyList<LedgerCommand> commands)
    {
        for (_step = 0; _step < commands.Count; _step++)
        {
            try
            {
                var step = await ExecuteAsync(commands[_step]);
                _log.Add($"{_step}: {step.Description}");
                Kinds[step.Kind] = Kinds.GetValueOrDefault(step.Kind) + 1;
                await CheckAsync(step.Touched);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException(
                    $"Step {_step} ({commands[_step]}) failed: {e.Message}{Environment.NewLine}Graph: {graph}{Environment.NewLine}"
                    + $"Steps:{Environment.NewLine}{string.Join(Environment.NewLine, _log)}", e);
            }
        }
    }

    private Task<Step> ExecuteAsync(LedgerCommand command) => command switch
    {
        SellOne c => SellOneAsync(c),
        SellOrder c => SellOrderAsync(c),
        Replay c => ReplayAsync(c),
        Refund c => RefundAsync(c),
        OverRefund c => OverRefundAsync(c),
        StaleRefund c => StaleRefundAsync(c),
        SettlePool c => SettleAsync(c),
        MatureHolds c => MatureAsync(c),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Unknown command."),
    };

    private void Posted(LedgerTransaction transaction)
    {
        _posted.Add(transaction);
        if (transaction.Kind == LedgerTransactionKind.Sale)
        {
            _sales.Add(transaction.IdempotencyKey);
        }
    }

    /// <summary>What a step did: its kind for the tally, a line for the log, and the accounts to compare.</summary>
    private sealed record Step(string Kind, string Description, IReadOnlyCollection<LedgerAccount> Touched)
    {
        public static Step Skipped(string why) => new("skipped", why, []);
    }
}
