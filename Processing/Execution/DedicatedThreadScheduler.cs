using System.Collections.Concurrent;

namespace OrleansPV.Processing.Execution;

/// <summary>
/// A task scheduler with threads of its own, for a host that keeps long CPU work off the thread pool
/// so its other work (an Orleans silo's grain turns, rendering) keeps its threads and the operating
/// system shares the cores between them. Parallel loops inside must name it in their ParallelOptions
/// (<see cref="ExecutionContext.Scheduler"/>): Parallel.For does not follow the scheduler of the
/// task it runs in, and would otherwise fill the thread pool.
/// </summary>
public sealed class DedicatedThreadScheduler : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread[] _threads;
    private readonly int _nice;

    /// <param name="threadCount">How many threads.</param>
    /// <param name="name">The threads' name (seen in debuggers and traces).</param>
    /// <param name="nice">
    /// The threads' nice value on Linux (0 the default, up to 19 the weakest): where two schedulers
    /// compete for the cores, the one with the higher value yields most of them to the other.
    /// </param>
    public DedicatedThreadScheduler(int threadCount, string name, int nice = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threadCount, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegative(nice);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nice, 19);
        _nice = nice;
        _threads = new Thread[threadCount];
        for (int i = 0; i < threadCount; i++)
        {
            _threads[i] = new Thread(Work) { IsBackground = true, Name = $"{name} {i + 1}" };
            _threads[i].Start();
        }
    }

    public override int MaximumConcurrencyLevel => _threads.Length;

    /// <summary>Runs <paramref name="work"/> on one of the scheduler's threads.</summary>
    public Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken = default)
        => Task.Factory.StartNew(work, cancellationToken, TaskCreationOptions.DenyChildAttach, this);

    public void Dispose()
    {
        _queue.CompleteAdding();
        foreach (Thread thread in _threads)
        {
            if (thread != Thread.CurrentThread)
            {
                thread.Join();
            }
        }

        _queue.Dispose();
    }

    protected override void QueueTask(Task task) => _queue.Add(task);

    /// <summary>
    /// One of this scheduler's threads runs a task inline, queued or not. A parallel loop's root waits
    /// for its replicas, which are queued here; refusing to inline a queued one would leave every
    /// thread waiting for work that only those threads could run (two frames, or a frame and a surface
    /// extraction, each in a Parallel.For, held both rendering threads for good). A task run inline
    /// here is skipped when a thread dequeues it (TryExecuteTask runs a task once).
    /// </summary>
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued)
        => Array.IndexOf(_threads, Thread.CurrentThread) >= 0 && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    private void Work()
    {
        if (_nice != 0)
        {
            ThreadNiceness.TrySet(_nice);
        }

        foreach (Task task in _queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }
}
