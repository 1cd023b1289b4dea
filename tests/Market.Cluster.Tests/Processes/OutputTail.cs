namespace Market.Cluster.Tests.Processes;

/// <summary>The last lines a process wrote, kept for failure messages; older lines are dropped.</summary>
public sealed class OutputTail(int capacity)
{
    private readonly Queue<string> _lines = new(capacity);
    private readonly Lock _gate = new();

    /// <summary>Keeps <paramref name="line"/>, dropping the oldest line when full.</summary>
    public void Add(string line)
    {
        lock (_gate)
        {
            if (_lines.Count == capacity)
            {
                _lines.Dequeue();
            }

            _lines.Enqueue(line);
        }
    }

    /// <summary>The kept lines, oldest first.</summary>
    public override string ToString()
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _lines);
        }
    }
}
