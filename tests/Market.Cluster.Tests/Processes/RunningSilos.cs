using System.Collections.Concurrent;
using System.Diagnostics;

namespace Market.Cluster.Tests.Processes;

/// <summary>
/// Every silo process still running, killed when the test host exits: a test host that is aborted
/// before the fixtures' disposal must not leave silos behind.
/// </summary>
internal static class RunningSilos
{
    private static readonly ConcurrentDictionary<int, Process> Processes = new();

    static RunningSilos() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    public static void Add(Process process) => Processes[process.Id] = process;

    public static void Remove(Process process) => Processes.TryRemove(process.Id, out _);

    private static void KillAll()
    {
        foreach (var process in Processes.Values)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Exited meanwhile.
            }
        }
    }
}
