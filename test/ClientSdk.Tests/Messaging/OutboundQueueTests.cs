using Microsoft.Extensions.Logging.Abstractions;
using OrleansPV.Client.Messaging;
using OrleansPV.Client.Tests.Doubles;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Tests.Messaging;

/// <summary>The one ordered way out of a connection: order, batching, and where failures surface.</summary>
public sealed class OutboundQueueTests : IAsyncDisposable
{
    private readonly OutboundQueue _queue;

    public OutboundQueueTests() : this(new ConnectionOptions())
    {
    }

    private OutboundQueueTests(ConnectionOptions options)
    {
        _queue = new OutboundQueue(options, NullLogger<OutboundQueue>.Instance);
    }

    [Fact]
    public async Task Pushes_reach_the_transport_in_the_order_they_were_queued_and_are_numbered_in_that_order()
    {
        var transport = new RecordingPushTransport();
        var channel = new SessionChannel("s", "c", transport);

        Task<PushOutcome>[] pushes = [.. Enumerable.Range(1, 20).Select(i => _queue.Enqueue(channel, Push(globalId: (ulong)i), awaited: true))];
        await Task.WhenAll(pushes);

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (ulong)i), transport.Messages.Select(m => m.Header.GlobalId));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (ulong)i), transport.Messages.Select(m => m.Header.ClientSequence));
        Assert.Equal(20UL, _queue.LastQueued(channel));
    }

    [Fact]
    public async Task Pushes_queued_while_a_batch_is_in_flight_go_together_in_the_next_call()
    {
        var transport = new RecordingPushTransport();
        transport.Hold();
        var channel = new SessionChannel("s", "c", transport);

        // The first push is sent at once on this thread and stays in flight; the next four wait behind it.
        Task<PushOutcome> first = _queue.Enqueue(channel, Push(1), awaited: true);
        Task<PushOutcome>[] queued = [.. Enumerable.Range(2, 4).Select(i => _queue.Enqueue(channel, Push((ulong)i), awaited: true))];
        Assert.Single(transport.Batches);

        transport.Release();
        await Task.WhenAll([first, .. queued]);

        Assert.Equal([[1UL], [2UL, 3UL, 4UL, 5UL]], transport.Batches.Select(b => b.Select(m => m.Header.GlobalId).ToArray()));
        Assert.All([first, .. queued], push => Assert.True(push.Result.Succeeded));
    }

    [Fact]
    public async Task A_batch_holds_at_most_MaxPushBatch_pushes()
    {
        await using var queue = new OutboundQueue(new ConnectionOptions { MaxPushBatch = 2 }, NullLogger<OutboundQueue>.Instance);
        var transport = new RecordingPushTransport();
        transport.Hold();
        var channel = new SessionChannel("s", "c", transport);

        Task<PushOutcome>[] pushes = [.. Enumerable.Range(1, 5).Select(i => queue.Enqueue(channel, Push((ulong)i), awaited: true))];
        transport.Release();
        await Task.WhenAll(pushes);

        Assert.Equal([[1UL], [2UL, 3UL], [4UL, 5UL]], transport.Batches.Select(b => b.Select(m => m.Header.GlobalId).ToArray()));
    }

    [Fact]
    public async Task Pushes_of_two_sessions_keep_the_queue_order_and_never_share_a_call()
    {
        var transportA = new RecordingPushTransport();
        var transportB = new RecordingPushTransport();
        transportA.Hold();
        var a = new SessionChannel("a", "c", transportA);
        var b = new SessionChannel("b", "c", transportB);

        Task<PushOutcome> inFlight = _queue.Enqueue(a, Push(1), awaited: true);
        Task<PushOutcome>[] queued =
        [
            _queue.Enqueue(a, Push(2), awaited: true),
            _queue.Enqueue(b, Push(3), awaited: true),
            _queue.Enqueue(a, Push(4), awaited: true),
        ];
        transportA.Release();
        await Task.WhenAll([inFlight, .. queued]);

        Assert.Equal([[1UL], [2UL], [4UL]], transportA.Batches.Select(batch => batch.Select(m => m.Header.GlobalId).ToArray()));
        Assert.Equal([[3UL]], transportB.Batches.Select(batch => batch.Select(m => m.Header.GlobalId).ToArray()));

        // Each session numbers its own pushes.
        Assert.Equal([1UL, 2UL, 3UL], transportA.Messages.Select(m => m.Header.ClientSequence));
        Assert.Equal([1UL], transportB.Messages.Select(m => m.Header.ClientSequence));
    }

    [Fact]
    public async Task A_rejected_push_nobody_awaits_is_thrown_once_by_the_sessions_next_check()
    {
        var transport = new RecordingPushTransport();
        transport.Reject = m => m.Header.GlobalId == 2 ? RecordingPushTransport.PropertyRejection(m, "Sphere1.Radius: -1 is below the minimum 0") : null;
        var channel = new SessionChannel("s", "c", transport);

        Task<PushOutcome>[] pushes = [.. Enumerable.Range(1, 3).Select(i => _queue.Enqueue(channel, Push((ulong)i), awaited: false))];
        await _queue.Barrier(channel);

        Assert.Equal([true, false, true], pushes.Select(p => p.Result.Succeeded));
        var thrown = Assert.Throws<PropertyValueException>(channel.ThrowPendingFailure);
        Assert.Equal("Sphere1.Radius: -1 is below the minimum 0", thrown.Message);
        channel.ThrowPendingFailure();
    }

    [Fact]
    public async Task A_rejected_push_its_caller_awaits_is_reported_to_that_caller_only()
    {
        var transport = new RecordingPushTransport();
        transport.Reject = m => RecordingPushTransport.PropertyRejection(m, "refused");
        var channel = new SessionChannel("s", "c", transport);

        PushOutcome outcome = await _queue.Enqueue(channel, Push(1), awaited: true);

        Assert.False(outcome.Succeeded);
        Assert.IsType<PropertyValueException>(outcome.ToException());
        channel.ThrowPendingFailure();
    }

    [Fact]
    public async Task A_failed_call_fails_its_whole_batch_with_a_connection_error_naming_the_session()
    {
        var transport = new RecordingPushTransport { FailNextCall = new TimeoutException("no answer") };
        var channel = new SessionChannel("session-7", "c", transport);

        PushOutcome outcome = await _queue.Enqueue(channel, Push(1), awaited: false);
        await _queue.Barrier(channel);

        Assert.False(outcome.Succeeded);
        var thrown = Assert.Throws<ConnectionException>(channel.ThrowPendingFailure);
        Assert.Contains("session 'session-7'", thrown.Message, StringComparison.Ordinal);
        Assert.IsType<TimeoutException>(thrown.InnerException);

        // The queue goes on: the next push is sent.
        Assert.True((await _queue.Enqueue(channel, Push(2), awaited: true)).Succeeded);
    }

    [Fact]
    public async Task A_barrier_completes_only_after_everything_queued_before_it_was_answered()
    {
        var transport = new RecordingPushTransport();
        transport.Hold();
        var channel = new SessionChannel("s", "c", transport);

        Task<PushOutcome> push = _queue.Enqueue(channel, Push(1), awaited: false);
        Task<PushOutcome> barrier = _queue.Barrier(channel);
        Assert.False(barrier.IsCompleted);

        transport.Release();
        await barrier;
        Assert.True(push.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_closed_queue_refuses_new_pushes()
    {
        await _queue.DisposeAsync();
        var channel = new SessionChannel("s", "c", new RecordingPushTransport());

        // Refused at once, on the caller's thread: nothing is queued.
        void Enqueue() => _ = _queue.Enqueue(channel, Push(1), awaited: true);
        Assert.Throws<ConnectionException>(Enqueue);
    }

    public ValueTask DisposeAsync() => _queue.DisposeAsync();

    private static PushState Push(ulong globalId)
        => new() { Header = new MessageHeader { ClientId = "c", GlobalId = globalId }, Proxy = new ProxyState { GlobalId = globalId } };
}
