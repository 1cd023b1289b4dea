using Market.Benchmarks.Cli;
using Market.Benchmarks.Grains;
using Market.Benchmarks.Imports;
using Market.Benchmarks.Orders;
using Market.Benchmarks.Pages;
using Market.Benchmarks.Split;
using Market.Benchmarks.Statements;

namespace Market.Benchmarks;

/// <summary>
/// One executable, one command per figure of infra/bench.sh. Each command prints
/// <c>result &lt;figure&gt; key=value ...</c> lines that the script turns into its table; everything
/// else goes to the log. (Not named Program: that is Market.Web's, which the harness hosts.)
/// </summary>
public static class Entry
{
    /// <summary>Runs the command named first.</summary>
    public static async Task<int> Main(string[] args)
    {
        var options = new Arguments(args.Skip(1));
        return args.FirstOrDefault() switch
        {
            "split" => SplitCommand.Run(options),
            "serve" => await ServeCommand.RunAsync(options),
            "orders" => await OrdersCommand.RunAsync(options),
            "import" => await ImportCommand.RunAsync(options),
            "grains" => await GrainsCommand.RunAsync(options),
            "statement" => await StatementCommand.RunAsync(options),
            _ => Arguments.Usage(),
        };
    }
}
