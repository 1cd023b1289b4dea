using System.Text.Json;
using Market.Benchmarks.Cli;
using Market.Domain.Ids;
using Market.Domain.Statements;
using Market.Store.Ledger;
using Market.Store.Statements;
using Market.Web.Api.Statements;
using Market.Grains.Statements;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Benchmarks.Statements;

/// <summary>
/// Where a statement's time goes: the steps a request takes, each timed on its own through the app's
/// services (ledger reads, node names, lines, then each rendering), so the figure comes with its profile.
/// </summary>
public static class StatementProfile
{
    /// <summary>Process CPU milliseconds per step, as <c>cpu_*_ms</c> fields (the process does little else meanwhile).</summary>
    public static async Task<(string, string)[]> StepsAsync(IServiceProvider services, string partyId, DateTimeOffset month)
    {
        var period = new StatementPeriod(month.Year, month.Month);
        var party = new PartyId(partyId);
        var cpu = new CpuLaps();
        var ledger = services.GetRequiredService<LedgerStore>();
        await ledger.BalancesAsOfAsync(party, period.Start);
        await ledger.BalancesAsOfAsync(party, period.End);
        var balances = cpu.Lap();
        var transactions = await services.GetRequiredService<StatementLedger>().TransactionsAsync(party, period.Start, period.End);
        var reads = cpu.Lap();
        var names = await services.GetRequiredService<NodeNames>().OfAsync(StatementLines.Labels(transactions));
        var naming = cpu.Lap();
        var (lines, payouts) = StatementLines.Of(party, transactions, names);
        var statement = new Statement(partyId, period, 0, 0, lines, payouts, 0);
        var building = cpu.Lap();
        var csv = StatementCsv.ToBytes(statement);
        var csvMs = cpu.Lap();
        var pdf = StatementPdf.ToBytes(statement);
        var pdfMs = cpu.Lap();
        StatementHash.Of(csv);
        StatementHash.Of(pdf);
        var hashing = cpu.Lap();
        StatementCsv.Sha256(statement);
        var csvHashOnly = cpu.Lap();
        var rendered = new RenderedStatement(statement, StatementFormat.Figures, [], "", Record: null);
        await JsonSerializer.SerializeAsync(Stream.Null, StatementResponse.From(rendered), JsonSerializerOptions.Web);
        var json = cpu.Lap();
        return
        [
            ("cpu_balances_ms", Report.Number(balances, 0)), ("cpu_ledger_reads_ms", Report.Number(reads, 0)),
            ("cpu_names_ms", Report.Number(naming, 0)), ("cpu_lines_ms", Report.Number(building, 0)),
            ("cpu_csv_ms", Report.Number(csvMs, 0)), ("cpu_pdf_ms", Report.Number(pdfMs, 0)),
            ("cpu_hashes_ms", Report.Number(hashing, 0)), ("cpu_csv_sha_only_ms", Report.Number(csvHashOnly, 0)), ("cpu_json_ms", Report.Number(json, 0)),
        ];
    }
}
