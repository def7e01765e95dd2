using System.Runtime.CompilerServices;
using Orleans.Streams;
using OrleansPV.Client.Messaging;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Tests.Doubles;

/// <summary>
/// A session's transport in memory, standing in for the cluster: pushes are recorded (and, when
/// accepted, enter the session's order as the session grain appends them to the feed); other clients'
/// changes are appended by the test; id blocks are handed out in sequence. The data and render
/// services are not part of the client's own logic and are absent.
/// </summary>
internal sealed class InMemorySessionTransport : ISessionTransport
{
    private readonly List<SessionChange> _changes = [];
    private readonly List<string> _calls = [];
    private TaskCompletionSource _appended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ulong _nextIdBlock;

    public InMemorySessionTransport(GlobalIdBlock firstIds)
    {
        _nextIdBlock = firstIds.End;
        Pushes.Accepted = message => Append(message.Header.ClientId, message);
    }

    public RecordingPushTransport Pushes { get; } = new();

    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>The sequence of the newest change in the session's order.</summary>
    public ulong Sequence
    {
        get
        {
            lock (_changes)
            {
                return _changes.Count == 0 ? 0 : _changes[^1].Sequence;
            }
        }
    }

    public IDataServiceGrain DataService => throw Absent("data service");

    public IRenderServiceGrain RenderService => throw Absent("render service");

    public IAsyncStream<ProgressEvent> Progress => throw Absent("progress stream");

    /// <summary>Appends a change of <paramref name="senderClientId"/> to the session's order; returns its sequence.</summary>
    public ulong Append(string senderClientId, PushState message) => Append(sequence => new SessionChange(sequence, senderClientId, message));

    public ulong Append(Func<ulong, SessionChange> change)
    {
        TaskCompletionSource appended;
        ulong sequence;
        lock (_changes)
        {
            sequence = (_changes.Count == 0 ? 0 : _changes[^1].Sequence) + 1;
            _changes.Add(change(sequence));
            appended = _appended;
            _appended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        appended.TrySetResult();
        return sequence;
    }

    public Task<PushResult> PushAsync(IReadOnlyList<PushState> messages) => Pushes.PushAsync(messages);

    public async IAsyncEnumerable<SessionChange> ChangesAsync(ulong afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ulong next = afterSequence + 1;
        while (true)
        {
            SessionChange[] ready;
            Task appended;
            lock (_changes)
            {
                ready = _changes.Where(c => c.Sequence >= next).ToArray();
                appended = _appended.Task;
            }

            foreach (SessionChange change in ready)
            {
                next = change.Sequence + 1;
                yield return change;
            }

            await appended.WaitAsync(cancellationToken);
        }
    }

    public Task<GlobalIdBlock> ReserveGlobalIdsAsync(string clientId, int count)
    {
        Record($"ReserveGlobalIds {count}");
        ulong first = Interlocked.Add(ref _nextIdBlock, (ulong)count) - (ulong)count;
        return Task.FromResult(new GlobalIdBlock(first, count));
    }

    public Task<ulong> GetSequenceAsync(CancellationToken cancellationToken) => Task.FromResult(Sequence);

    public Task<ProxyState> PullAsync(PullState message, CancellationToken cancellationToken) => throw Absent("pull of information properties");

    public Task<bool> UndoAsync(string clientId, CancellationToken cancellationToken)
    {
        Record($"Undo {clientId}");
        return Task.FromResult(false);
    }

    public Task<bool> RedoAsync(string clientId, CancellationToken cancellationToken)
    {
        Record($"Redo {clientId}");
        return Task.FromResult(false);
    }

    public Task PromoteAsync(string clientId, string newMasterId, CancellationToken cancellationToken) => Recorded($"Promote {clientId} {newMasterId}");

    public Task SendMessageAsync(string clientId, string text, CancellationToken cancellationToken) => Recorded($"SendMessage {clientId} {text}");

    public Task HeartbeatAsync(string clientId, CancellationToken cancellationToken) => Recorded($"Heartbeat {clientId}");

    public Task RegisterDefinitionsAsync(string xml, string sourceName, CancellationToken cancellationToken) => Recorded($"RegisterDefinitions {sourceName}");

    public Task LeaveAsync(string clientId) => Recorded($"Leave {clientId}");

    private static InvalidOperationException Absent(string what)
        => new($"The {what} is not part of the client-logic tests' transport.");

    private void Record(string call)
    {
        lock (_calls)
        {
            _calls.Add(call);
        }
    }

    private Task Recorded(string call)
    {
        Record(call);
        return Task.CompletedTask;
    }
}
