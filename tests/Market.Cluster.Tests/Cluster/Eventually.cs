using System.Diagnostics;

namespace Market.Cluster.Tests.Cluster;

/// <summary>Repeats a call to the cluster until its answer is the expected one, within a bound.</summary>
public static class Eventually
{
    /// <summary>
    /// Calls <paramref name="attempt"/> until <paramref name="isDone"/> accepts its answer and returns
    /// that answer. Failed calls count as not done yet: right after a silo stops, calls are expected
    /// to fail until the cluster notices. Throws with the last answer or error and
    /// <paramref name="describe"/> when <paramref name="timeout"/> passes first.
    /// </summary>
    public static async Task<T> Get<T>(
        string what, Func<Task<T>> attempt, Func<T, bool> isDone, TimeSpan timeout, Func<string> describe)
    {
        var clock = Stopwatch.StartNew();
        var last = "no attempt finished";
        var attempts = 0;
        while (true)
        {
            attempts++;
            try
            {
                var answer = await attempt();
                if (isDone(answer))
                {
                    return answer;
                }

                last = $"answered {answer}";
            }
#pragma warning disable CA1031 // Any failure of a call may be the cluster still recovering; the last one is reported.
            catch (Exception e)
#pragma warning restore CA1031
            {
                last = $"{e.GetType().Name}: {e.Message}";
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException(
                    $"{what}: not done within {timeout.TotalSeconds} s ({attempts} attempts; last {last}).\n{describe()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
