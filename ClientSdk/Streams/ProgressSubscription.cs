using Orleans.Streams;
using OrleansPV.Client.Messaging;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>
/// A live subscription to a session's progress: events published after <see cref="Session.SubscribeProgressAsync"/>
/// returned are all seen (milestones exactly; intermediate progress possibly coalesced). Dispose to stop.
/// A stream subscription and its queue die with a silo: when the session answers again after an
/// interruption, the subscription is made anew by itself (events published during the outage may be
/// missed; the reader is not disturbed).
/// </summary>
public sealed class ProgressSubscription : IAsyncEnumerable<ProgressEvent>, IAsyncDisposable
{
    private readonly ProgressBuffer _buffer;
    private readonly IAsyncStream<ProgressEvent> _stream;
    private readonly SessionRecovery? _recovery;
    private readonly SemaphoreSlim _renewing = new(1, 1);
    private StreamSubscriptionHandle<ProgressEvent> _handle;
    private int _disposed;

    private ProgressSubscription(ProgressBuffer buffer, IAsyncStream<ProgressEvent> stream, StreamSubscriptionHandle<ProgressEvent> handle, SessionRecovery? recovery)
    {
        _buffer = buffer;
        _stream = stream;
        _handle = handle;
        _recovery = recovery;
        if (recovery is not null)
        {
            recovery.Recovered += OnRecovered;
        }
    }

    /// <summary>How many times the subscription was made anew after an interruption.</summary>
    internal int Renewals { get; private set; }

    internal static async Task<ProgressSubscription> StartAsync(IAsyncStream<ProgressEvent> stream, SessionRecovery? recovery = null)
    {
        var buffer = new ProgressBuffer();
        StreamSubscriptionHandle<ProgressEvent> handle = await SubscribeAsync(stream, buffer);
        return new ProgressSubscription(buffer, stream, handle, recovery);
    }

    public async IAsyncEnumerator<ProgressEvent> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            ProgressEvent progress;
            try
            {
                progress = await _buffer.TakeAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }

            yield return progress;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_recovery is not null)
        {
            _recovery.Recovered -= OnRecovered;
        }

        await _renewing.WaitAsync();
        try
        {
            await _handle.UnsubscribeAsync();
        }
        finally
        {
            _renewing.Release();
        }
    }

    /// <summary>Makes the subscription anew, since the old one may have died with its silo; the old one is dropped first, so nothing arrives twice.</summary>
    internal async Task RenewAsync()
    {
        await _renewing.WaitAsync();
        try
        {
            if (Volatile.Read(ref _disposed) != 0)
            {
                return;
            }

            try
            {
                await _handle.UnsubscribeAsync();
            }
            catch (Exception ex) when (ex is OrleansException or TimeoutException)
            {
                // Its rendezvous may be gone with the silo; the new subscription replaces it all the same.
            }

            _handle = await SubscribeAsync(_stream, _buffer);
            Renewals++;
        }
        finally
        {
            _renewing.Release();
        }
    }

    private static Task<StreamSubscriptionHandle<ProgressEvent>> SubscribeAsync(IAsyncStream<ProgressEvent> stream, ProgressBuffer buffer)
        => stream.SubscribeAsync((progress, _) =>
        {
            buffer.Add(progress);
            return Task.CompletedTask;
        });

    private void OnRecovered() => _ = RenewInBackgroundAsync();

    private async Task RenewInBackgroundAsync()
    {
        try
        {
            await _recovery!.RunAsync("progress subscription", _ => RenewAsync(), CancellationToken.None);
        }
        catch (Exception ex) when (ex is OrleansPVException or OrleansException or TimeoutException)
        {
            // Gave up (announced as a notice); the next recovery tries again.
        }
    }
}
