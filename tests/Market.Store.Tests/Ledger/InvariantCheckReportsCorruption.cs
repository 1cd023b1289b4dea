using Marten;
using Market.Domain.Ledger;
using Market.Store.Ledger;
using Npgsql;

namespace Market.Store.Tests.Ledger;

/// <summary>Corrupts a ledger of its own on purpose — around the ledger's rules — and expects the check to name each fault.</summary>
public sealed class InvariantCheckReportsCorruption(LedgerFixture fixture) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task Each_fault_is_reported_with_the_transaction_at_fault()
    {
        var example = new WorkedExample();
        var clean = (await fixture.Ledger.PostAsync(example.Sale())).Transaction;
        var draft = example.Sale();
        var unbalanced = draft with { Postings = [.. draft.Postings.Skip(1)] };
        var refunded = (await fixture.Ledger.PostAsync(example.Sale())).Transaction;
        var first = LedgerTransactions.Refund(refunded, [], 2_000, "refund:a:l1", WorkedExample.Noon);
        var second = LedgerTransactions.Refund(refunded, [], 1_000, "refund:b:l1", WorkedExample.Noon) with { ReversalNumber = 2 };
        var ghost = example.Sale();
        var orphan = LedgerTransactions.Reversal(ghost, [], LedgerKeys.Reversal(ghost.IdempotencyKey, 1), WorkedExample.Noon, "x");
        var tampered = (await fixture.Ledger.PostAsync(example.Sale())).Transaction;
        await fixture.Ledger.PostAsync(first);
        await AppendAroundTheRulesAsync(unbalanced, second, orphan);
        await fixture.TamperAsync($"update market.ledger_postings set amount = amount - 1 where transaction_id = '{tampered.Id}' and idx = 3");

        var report = await fixture.Invariants.CheckAsync();

        report.Ok.ShouldBeFalse();
        report.Transactions.ShouldBe(7);
        var problems = report.Violations.Select(v => (v.TransactionId, v.Problem)).ToList();
        problems.ShouldContain((unbalanced.Id, "its postings sum to -20000000 micros, not zero"));
        problems.ShouldContain(p => p.TransactionId == null && p.Problem.StartsWith("ledger-wide, debits total", StringComparison.Ordinal));
        problems.ShouldContain((second.Id, $"it over-reverses posting 3 (party:{example.Creator}:pending) of '{refunded.IdempotencyKey}': 9751200 of 6500800 micros"));
        problems.ShouldContain((second.Id, $"refunds of '{refunded.IdempotencyKey}' now total 3000 minor units, above its price (2000)"));
        problems.ShouldContain((orphan.Id, $"it reverses transaction {ghost.Id}, which does not exist"));
        problems.ShouldContain(p => p.TransactionId == tampered.Id && p.Problem.StartsWith("posting 3 is party:", StringComparison.Ordinal));
        problems.ShouldContain(p => p.TransactionId == null && p.Problem.StartsWith($"account party:{example.Creator}:pending sums to", StringComparison.Ordinal));
        problems.ShouldNotContain(p => p.TransactionId == clean.Id || p.TransactionId == first.Id);
    }

    [Fact]
    public async Task A_projection_row_without_an_event_is_reported()
    {
        var id = Guid.NewGuid();
        await ExecuteAsync($"insert into market.ledger_postings values ('{id}', 0, 'platform:cash', 5, now())");

        var report = await fixture.Invariants.CheckAsync();

        report.Violations.ShouldContain(new LedgerViolation(id, "market.ledger_postings holds rows for it, but no event records it"));
        report.Violations.ShouldContain(new LedgerViolation(null, "account platform:cash sums to " + (await CashInProjectionAsync()) + " micros in the postings projection but " + (await CashInProjectionAsync() - 5) + " in a fresh fold of the events"));
        await fixture.TamperAsync($"delete from market.ledger_postings where transaction_id = '{id}'");
    }

    // Straight into the event store, past LedgerRules: what a bug or a hand-edited row would leave.
    private async Task AppendAroundTheRulesAsync(params LedgerTransaction[] transactions)
    {
        await using var session = fixture.Store.LightweightSession();
        foreach (var transaction in transactions)
        {
            session.Events.StartStream(transaction.Id, LedgerEventMapping.ToEvent(transaction));
        }

        await session.SaveChangesAsync();
    }

    private async Task<long> CashInProjectionAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select sum(amount)::bigint from market.ledger_postings where account = 'platform:cash'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
