using OrleansPV.Client;

namespace OrleansPV.Cluster.Tests.Recovery;

/// <summary>Reads a session's change stream in the background from now on.</summary>
internal sealed class ChangeRecorder
{
    private readonly List<StateChange> _changes = [];

    public ChangeRecorder(Session session)
    {
        IAsyncEnumerable<StateChange> changes = session.ChangesAsync();
        _ = Task.Run(async () =>
        {
            await foreach (StateChange change in changes)
            {
                lock (_changes)
                {
                    _changes.Add(change);
                }
            }
        });
    }

    public IReadOnlyList<StateChange> Changes
    {
        get
        {
            lock (_changes)
            {
                return [.. _changes];
            }
        }
    }

    public IReadOnlyList<ulong> Sequences => [.. Changes.Select(c => c.Sequence)];
}

/// <summary>Reads a session's recovery notices in the background from now on, and waits for one.</summary>
internal sealed class NoticeRecorder
{
    private readonly List<RecoveryNotice> _notices = [];
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public NoticeRecorder(Session session)
    {
        IAsyncEnumerable<RecoveryNotice> notices = session.RecoveryNoticesAsync();
        _ = Task.Run(async () =>
        {
            await foreach (RecoveryNotice notice in notices)
            {
                lock (_notices)
                {
                    _notices.Add(notice);
                    _arrived.TrySetResult();
                    _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }
        });
    }

    public IReadOnlyList<RecoveryNotice> Notices
    {
        get
        {
            lock (_notices)
            {
                return [.. _notices];
            }
        }
    }

    public async Task<RecoveryNotice> WaitForAsync(RecoveryNoticeKind kind, TimeSpan patience)
    {
        using var deadline = new CancellationTokenSource(patience);
        while (true)
        {
            Task arrived;
            lock (_notices)
            {
                if (_notices.FirstOrDefault(n => n.Kind == kind) is { } notice)
                {
                    return notice;
                }

                arrived = _arrived.Task;
            }

            try
            {
                await arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No {kind} notice within {patience}; saw: {string.Join(", ", Notices.Select(n => $"{n.Kind} {n.Operation}"))}.");
            }
        }
    }
}
