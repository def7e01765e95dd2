using OrleansPV.Client.Messaging;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Tests.Doubles;

/// <summary>
/// The push end of a session's transport, in memory: records every batch as it arrives, can hold the
/// first batch in flight (so later pushes queue behind it), reject chosen messages as the session grain
/// would, or fail the whole call as a lost connection does.
/// </summary>
internal sealed class RecordingPushTransport : IPushTransport
{
    private readonly List<PushState[]> _batches = [];
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _holding;
    private ulong _sessionSequence;

    /// <summary>Decides, per message, whether the session refuses it (null: accepted).</summary>
    public Func<PushState, PushRejection?> Reject { get; set; } = _ => null;

    /// <summary>When set, the next call throws it (the connection failed) and the setting clears.</summary>
    public Exception? FailNextCall { get; set; }

    /// <summary>Called with each accepted message, in the session's order.</summary>
    public Action<PushState>? Accepted { get; set; }

    public IReadOnlyList<PushState[]> Batches
    {
        get
        {
            lock (_batches)
            {
                return [.. _batches];
            }
        }
    }

    public IReadOnlyList<PushState> Messages => Batches.SelectMany(b => b).ToArray();

    /// <summary>From now on, calls wait in flight until <see cref="Release"/>.</summary>
    public void Hold() => _holding = true;

    public void Release() => _released.TrySetResult();

    public async Task<PushResult> PushAsync(IReadOnlyList<PushState> messages)
    {
        lock (_batches)
        {
            _batches.Add([.. messages]);
        }

        if (_holding)
        {
            await _released.Task;
        }

        if (FailNextCall is { } failure)
        {
            FailNextCall = null;
            throw failure;
        }

        var rejections = new List<PushRejection>();
        foreach (PushState message in messages)
        {
            if (Reject(message) is { } rejection)
            {
                rejections.Add(rejection);
            }
            else
            {
                Accepted?.Invoke(message);
            }
        }

        ulong last = Interlocked.Add(ref _sessionSequence, (ulong)(messages.Count - rejections.Count));
        return new PushResult(last, messages.Count - rejections.Count, rejections);
    }

    /// <summary>A rejection of <paramref name="message"/> as the session reports a refused value.</summary>
    public static PushRejection PropertyRejection(PushState message, string text)
        => new(message.Header.ClientSequence, message.Header.GlobalId, nameof(PropertyValueException), text);
}
