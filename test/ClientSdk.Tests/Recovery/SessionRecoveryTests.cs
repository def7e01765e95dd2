using Microsoft.Extensions.Logging.Abstractions;
using OrleansPV.Client.Messaging;
using OrleansPV.Client.Tests.Doubles;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Tests.Recovery;

/// <summary>
/// How a session rides out a dead silo without a cluster: which failures are retried, what the caller
/// is told, when it gives up, and that a retried push is the same push (same client sequence).
/// The failures are thrown by stand-ins, since a silo's death cannot be caused here.
/// </summary>
public sealed class SessionRecoveryTests
{
    [Fact]
    public async Task A_call_a_dead_silo_dropped_is_sent_again_and_the_caller_is_told_not_thrown_at()
    {
        var recovery = new SessionRecovery("s1", TimeSpan.FromSeconds(30), NullLogger.Instance);
        IAsyncEnumerator<RecoveryNotice> notices = recovery.NoticesAsync(CancellationToken.None).GetAsyncEnumerator();
        int attempts = 0;

        int answer = await recovery.RunAsync(
            "render",
            _ => ++attempts switch
            {
                1 => Task.FromException<int>(new SiloUnavailableException("silo S127.0.0.1:11111 is dead")),
                2 => Task.FromException<int>(new TimeoutException("no answer within 3 s")),
                _ => Task.FromResult(42),
            },
            CancellationToken.None);

        Assert.Equal(42, answer);
        Assert.Equal(3, attempts);
        Assert.True(await notices.MoveNextAsync());
        Assert.Equal((RecoveryNoticeKind.Interrupted, "s1", "render"), (notices.Current.Kind, notices.Current.SessionId, notices.Current.Operation));
        Assert.Contains("is dead", notices.Current.Reason, StringComparison.Ordinal);
        Assert.True(await notices.MoveNextAsync());
        Assert.Equal(RecoveryNoticeKind.Recovered, notices.Current.Kind);
        Assert.True(notices.Current.Outage > TimeSpan.Zero);
        Assert.False(recovery.IsInterrupted);
    }

    [Fact]
    public async Task A_refusal_by_the_cluster_is_thrown_at_once_and_is_no_interruption()
    {
        var recovery = new SessionRecovery("s1", TimeSpan.FromSeconds(30), NullLogger.Instance);
        int attempts = 0;

        await Assert.ThrowsAsync<PropertyValueException>(() => recovery.RunAsync(
            "pipeline update",
            _ =>
            {
                attempts++;
                return Task.FromException(new PropertyValueException("Sphere(5).Radius: -1 is below 0"));
            },
            CancellationToken.None));

        Assert.Equal(1, attempts);
        Assert.False(recovery.IsInterrupted);
    }

    [Fact]
    public async Task A_cluster_that_stays_away_past_the_recovery_timeout_fails_the_call_naming_the_setting()
    {
        var recovery = new SessionRecovery("s1", TimeSpan.FromMilliseconds(300), NullLogger.Instance);
        IAsyncEnumerator<RecoveryNotice> notices = recovery.NoticesAsync(CancellationToken.None).GetAsyncEnumerator();

        ConnectionException error = await Assert.ThrowsAsync<ConnectionException>(() => recovery.RunAsync(
            "push", _ => Task.FromException(new SiloUnavailableException("gone")), CancellationToken.None));

        Assert.Contains("ConnectionOptions.RecoveryTimeout", error.Message, StringComparison.Ordinal);
        Assert.IsType<SiloUnavailableException>(error.InnerException);
        Assert.True(await notices.MoveNextAsync());
        Assert.Equal(RecoveryNoticeKind.Interrupted, notices.Current.Kind);
        Assert.True(await notices.MoveNextAsync());
        Assert.Equal(RecoveryNoticeKind.GaveUp, notices.Current.Kind);
        Assert.True(notices.Current.Outage >= TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task A_recovery_timeout_of_zero_retries_nothing()
    {
        var recovery = new SessionRecovery("s1", TimeSpan.Zero, NullLogger.Instance);
        int attempts = 0;

        await Assert.ThrowsAsync<ConnectionException>(() => recovery.RunAsync(
            "push",
            _ =>
            {
                attempts++;
                return Task.FromException(new TimeoutException("no answer"));
            },
            CancellationToken.None));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_not_retried()
    {
        var recovery = new SessionRecovery("s1", TimeSpan.FromSeconds(30), NullLogger.Instance);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => recovery.RunAsync(
            "render", token => Task.FromCanceled(token), cancelled.Token));

        Assert.False(recovery.IsInterrupted);
    }

    [Fact]
    public async Task A_push_whose_call_was_dropped_is_sent_again_with_its_client_sequence_and_succeeds()
    {
        var recovery = new SessionRecovery("s1", TimeSpan.FromSeconds(30), NullLogger.Instance);
        var cluster = new InMemorySessionTransport(new GlobalIdBlock(1000, 100));
        cluster.Pushes.FailNextCall = new SiloUnavailableException("the session's silo died");
        var channel = new SessionChannel("s1", "c", new RecoveringSessionTransport(cluster, recovery));
        await using var queue = new OutboundQueue(new ConnectionOptions(), NullLogger<OutboundQueue>.Instance);

        PushOutcome outcome = await queue.Enqueue(channel, new PushState { Header = new MessageHeader { ClientId = "c", GlobalId = 7 }, Proxy = new ProxyState { GlobalId = 7 } }, awaited: true);

        Assert.True(outcome.Succeeded);
        Assert.Equal([1UL, 1UL], cluster.Pushes.Batches.Select(b => b.Single().Header.ClientSequence));
        channel.ThrowPendingFailure();
    }

    [Fact]
    public async Task A_stream_the_cluster_dropped_is_opened_again_and_reads_on()
    {
        var recovery = new SessionRecovery("s1", TimeSpan.FromSeconds(30), NullLogger.Instance);
        int opened = 0;

        async IAsyncEnumerable<int> Open([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            int first = ++opened == 1 ? 1 : 3;
            yield return first;
            yield return first + 1;
            await Task.Yield();
            if (opened == 1)
            {
                throw new EnumerationAbortedException("the enumerator's grain was deactivated");
            }
        }

        List<int> read = [];
        await foreach (int item in ResumingStream.ReadAsync(recovery, "frames", Open, CancellationToken.None))
        {
            read.Add(item);
        }

        Assert.Equal([1, 2, 3, 4], read);
        Assert.Equal(2, opened);
        Assert.False(recovery.IsInterrupted);
    }

    [Fact]
    public void A_connection_uri_gives_every_gateway_in_order()
    {
        ConnectionUri uri = ConnectionUri.Parse("orleans://127.0.0.1:30001, 127.0.0.1:30002,[::1]:30003/");

        Assert.False(uri.IsBuiltin);
        Assert.Equal(["127.0.0.1:30001", "127.0.0.1:30002", "[::1]:30003"], uri.Gateways.Select(g => g.ToString()));
        ConnectionException error = Assert.Throws<ConnectionException>(() => ConnectionUri.Parse("orleans://127.0.0.1:30001,127.0.0.1"));
        Assert.Contains("'127.0.0.1' is not host:port", error.Message, StringComparison.Ordinal);
    }
}
