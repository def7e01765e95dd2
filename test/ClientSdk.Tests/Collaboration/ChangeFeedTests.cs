using Microsoft.Extensions.Logging.Abstractions;
using OrleansPV.Client.Collaboration;
using OrleansPV.Client.Tests.Doubles;
using OrleansPV.GrainInterfaces;
using static OrleansPV.Client.Tests.Doubles.ScriptedChangeSource;

namespace OrleansPV.Client.Tests.Collaboration;

/// <summary>The session's changes applied here in order, exactly once, across interruptions.</summary>
public sealed class ChangeFeedTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly List<ulong> _applied = [];

    [Fact]
    public async Task Changes_after_the_snapshot_are_applied_in_sequence_order()
    {
        var source = new ScriptedChangeSource(new Enumeration([6, 7, 8]));
        await using ChangeFeed feed = Start(source, fromSequence: 5);

        await feed.WaitForAsync(8, CancellationToken.None).WaitAsync(Patience);

        Assert.Equal([6UL, 7, 8], Applied());
        Assert.Equal(8UL, feed.AppliedSequence);
        Assert.Equal(5UL, source.StartedAfter[0]);
    }

    [Fact]
    public async Task A_change_already_applied_is_skipped()
    {
        var source = new ScriptedChangeSource(new Enumeration([6, 6, 7, 5, 7, 8]));
        await using ChangeFeed feed = Start(source, fromSequence: 5);

        await feed.WaitForAsync(8, CancellationToken.None).WaitAsync(Patience);

        Assert.Equal([6UL, 7, 8], Applied());
    }

    [Fact]
    public async Task A_gap_ends_the_enumeration_and_the_feed_resumes_after_the_last_applied_change()
    {
        var source = new ScriptedChangeSource(new Enumeration([6, 8, 9]), new Enumeration([7, 8, 9]));
        await using ChangeFeed feed = Start(source, fromSequence: 5);

        await feed.WaitForAsync(9, CancellationToken.None).WaitAsync(Patience);

        Assert.Equal([6UL, 7, 8, 9], Applied());
        Assert.Equal([5UL, 6UL], source.StartedAfter.Take(2));
    }

    [Fact]
    public async Task An_interrupted_enumeration_resumes_after_the_last_applied_change()
    {
        var source = new ScriptedChangeSource(
            new Enumeration([1, 2], ThenThrow: new TimeoutException("response timeout")),
            new Enumeration([3]));
        await using ChangeFeed feed = Start(source, fromSequence: 0);

        await feed.WaitForAsync(3, CancellationToken.None).WaitAsync(Patience);

        Assert.Equal([1UL, 2, 3], Applied());
        Assert.Equal([0UL, 2UL], source.StartedAfter.Take(2));
    }

    [Fact]
    public async Task A_session_that_lost_the_changes_stops_the_feed_and_waiting_callers_learn_why()
    {
        var source = new ScriptedChangeSource(new Enumeration([1], ThenThrow: new SessionException("Session 's' no longer keeps change 2")));
        await using ChangeFeed feed = Start(source, fromSequence: 0);

        var thrown = await Assert.ThrowsAsync<SessionException>(() => feed.WaitForAsync(5, CancellationToken.None).WaitAsync(Patience));

        Assert.Contains("change feed of session 'session-1' stopped", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("no longer keeps change 2", thrown.Message, StringComparison.Ordinal);
        Assert.Equal([1UL], Applied());
    }

    [Fact]
    public async Task Subscribers_get_the_notices_of_applied_changes_in_order()
    {
        var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var source = new ScriptedChangeSource(new Enumeration([1, 2, 3, 4], StartWhen: subscribed.Task));

        // Even sequences are other clients' changes (a notice); odd ones are this client's own (none).
        var feed = new ChangeFeed(
            source,
            change => change.Sequence % 2 == 0 ? new StateChange(change.Sequence, "other", 1, StateChangeKind.Proxy, []) : null,
            "session-1",
            0,
            NullLogger.Instance);
        await using (feed)
        {
            var reader = feed.Subscribe();
            subscribed.SetResult();
            await feed.WaitForAsync(4, CancellationToken.None).WaitAsync(Patience);

            Assert.True(reader.TryRead(out StateChange? first));
            Assert.True(reader.TryRead(out StateChange? second));
            Assert.False(reader.TryRead(out _));
            Assert.Equal([2UL, 4UL], [first!.Sequence, second!.Sequence]);
        }
    }

    private ChangeFeed Start(IChangeSource source, ulong fromSequence)
        => new(source, Apply, "session-1", fromSequence, NullLogger.Instance);

    private StateChange? Apply(SessionChange change)
    {
        lock (_applied)
        {
            _applied.Add(change.Sequence);
        }

        return null;
    }

    private ulong[] Applied()
    {
        lock (_applied)
        {
            return [.. _applied];
        }
    }
}
