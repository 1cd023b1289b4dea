using System.Globalization;

namespace Market.Benchmarks.Cli;

/// <summary>The command line after the command: <c>--name value</c> pairs and bare <c>--flags</c>.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    /// <summary>Reads <paramref name="args"/>; a name followed by another name (or nothing) is a flag.</summary>
    public Arguments(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{list[i]}'; options look like --name value.");
            }

            var hasValue = i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal);
            _values[list[i][2..]] = hasValue ? list[++i] : null;
        }
    }

    /// <summary>True when <c>--name</c> was given.</summary>
    public bool Flag(string name) => _values.ContainsKey(name);

    /// <summary>The value of <c>--name</c>.</summary>
    /// <exception cref="ArgumentException">It was not given.</exception>
    public string Required(string name) =>
        _values.GetValueOrDefault(name) ?? throw new ArgumentException($"--{name} is required.");

    /// <summary>The value of <c>--name</c>, or null.</summary>
    public string? Optional(string name) => _values.GetValueOrDefault(name);

    /// <summary>The whole number given as <c>--name</c>, or <paramref name="fallback"/>.</summary>
    public int Whole(string name, int fallback) =>
        _values.GetValueOrDefault(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    /// <summary>Prints how to call the benchmarks and returns the exit code for a bad call.</summary>
    public static int Usage()
    {
        Console.Error.WriteLine("""
            usage: Market.Benchmarks <command> [options]   (infra/bench.sh runs them all)
              split  [--quick]                                  10,000-entry attribution split, 1,000,000-member pool (BenchmarkDotNet)
              serve  --pg CS --port N [--seed]                  Market in this process plus GET /_bench/minimal, until SIGTERM
              orders --pg CS [--seconds S] [--clients N] [--warmup S]  paid orders per second with a 20-way split (after S s of unmeasured orders)
                     [--stats-pg CS]                            ... and what PostgreSQL did per order, read through another database of the server
              import --url URL --pg CS --count N [--pid PID]    streams N contributions into a running Market; PID's peak RSS
              grains --pg CS [--count N]                        memory per active work grain
            """);
        return 2;
    }
}
