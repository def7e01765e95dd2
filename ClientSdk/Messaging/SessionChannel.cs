namespace OrleansPV.Client.Messaging;

/// <summary>A session's end of the outbound queue: its transport, its client sequence, its first unreported failure.</summary>
internal sealed class SessionChannel(string sessionId, string clientId, IPushTransport transport)
{
    private long _sequence;
    private Exception? _failure;

    public string SessionId { get; } = sessionId;

    public string ClientId { get; } = clientId;

    public IPushTransport Transport { get; } = transport;

    /// <summary>The sequence of the newest push queued (set under the outbound queue's lock).</summary>
    public ulong LastQueued { get; set; }

    public ulong NextSequence() => (ulong)Interlocked.Increment(ref _sequence);

    public void RecordFailure(Exception exception) => Interlocked.CompareExchange(ref _failure, exception, null);

    /// <summary>Throws (once) the first failure of a fire-and-forget push since the last check.</summary>
    public void ThrowPendingFailure()
    {
        Exception? failure = Interlocked.Exchange(ref _failure, null);
        if (failure is not null)
        {
            throw failure;
        }
    }
}
