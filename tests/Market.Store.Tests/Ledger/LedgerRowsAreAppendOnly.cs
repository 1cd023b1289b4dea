using Market.Store.Ledger;
using Npgsql;

namespace Market.Store.Tests.Ledger;

/// <summary>Market's own database role cannot rewrite the ledger: every UPDATE and DELETE of a ledger row is refused by PostgreSQL.</summary>
public sealed class LedgerRowsAreAppendOnly(LedgerFixture fixture) : IClassFixture<LedgerFixture>
{
    public static TheoryData<string> Tampering => new()
    {
        "update market.ledger_postings set amount = amount + 1 where transaction_id = '{0}'",
        "delete from market.ledger_postings where transaction_id = '{0}'",
        "update market.ledger_transactions set kind = 'Payout' where transaction_id = '{0}'",
        "delete from market.ledger_transactions where transaction_id = '{0}'",
        "update market.mt_events set data = '{{}}' where stream_id = '{0}'",
        "delete from market.mt_events where stream_id = '{0}'",
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task An_update_or_delete_of_a_posted_transaction_fails_and_changes_nothing(string statement)
    {
        var sale = (await fixture.Ledger.PostAsync(new WorkedExample().Sale())).Transaction;

        var refused = await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, statement, sale.Id)));

        refused.MessageText.ShouldStartWith("the ledger is append-only");
        (await fixture.Ledger.GetAsync(sale.IdempotencyKey)).ShouldNotBeNull().Postings.ShouldBe(sale.Postings);
        (await fixture.Invariants.CheckAsync()).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task Other_events_in_the_same_table_stay_editable_by_Marten()
    {
        var stream = Guid.NewGuid();
        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(stream, new NotALedgerEvent("x"));
            await session.SaveChangesAsync();
        }

        await ExecuteAsync($"update market.mt_events set is_archived = true where stream_id = '{stream}'");
        await ExecuteAsync($"delete from market.mt_events where stream_id = '{stream}'");
    }

    [Fact]
    public async Task Setting_it_up_again_at_the_next_start_is_harmless()
    {
        await LedgerAppendOnly.EnsureAsync(fixture.Store);
        await LedgerAppendOnly.EnsureAsync(fixture.Store);

        (await fixture.Ledger.PostAsync(new WorkedExample().Sale())).Replayed.ShouldBeFalse();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed record NotALedgerEvent(string Note);
}
