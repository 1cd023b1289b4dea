using System.Runtime.InteropServices;

namespace Market.Cluster.Tests.Processes;

/// <summary>
/// SIGTERM, which .NET cannot send by itself (<c>Process.Kill</c> sends SIGKILL): it is what a
/// container runtime or systemd sends to stop a silo gracefully.
/// </summary>
internal static class PosixSignals
{
    private const int SigTerm = 15;

    /// <summary>Asks process <paramref name="processId"/> to shut down.</summary>
    public static void Terminate(int processId)
    {
        if (Kill(processId, SigTerm) != 0)
        {
            throw new InvalidOperationException($"kill({processId}, SIGTERM) failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int processId, int signal);
}
