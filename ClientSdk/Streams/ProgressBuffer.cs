using System.Threading.Channels;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>
/// One subscriber's queue of progress events. A slow reader never holds up the producer and the queue
/// never grows without bound: a pending intermediate event of a proxy is replaced by the newer one,
/// while start and end events (milestones) are always kept.
/// </summary>
internal sealed class ProgressBuffer
{
    private readonly LinkedList<ProgressEvent> _pending = new();
    private readonly Dictionary<ulong, LinkedListNode<ProgressEvent>> _intermediate = [];
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _gate = new();

    public void Add(ProgressEvent progress)
    {
        lock (_gate)
        {
            if (!progress.IsMilestone && _intermediate.TryGetValue(progress.GlobalId, out LinkedListNode<ProgressEvent>? node))
            {
                node.Value = progress;
            }
            else
            {
                LinkedListNode<ProgressEvent> added = _pending.AddLast(progress);
                if (progress.IsMilestone)
                {
                    _intermediate.Remove(progress.GlobalId);
                }
                else
                {
                    _intermediate[progress.GlobalId] = added;
                }
            }
        }

        _signal.Writer.TryWrite(true);
    }

    public async ValueTask<ProgressEvent> TakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            lock (_gate)
            {
                if (_pending.First is { } first)
                {
                    _pending.RemoveFirst();
                    if (_intermediate.TryGetValue(first.Value.GlobalId, out LinkedListNode<ProgressEvent>? node) && node == first)
                    {
                        _intermediate.Remove(first.Value.GlobalId);
                    }

                    return first.Value;
                }
            }

            await _signal.Reader.ReadAsync(cancellationToken);
        }
    }

    /// <summary>Events waiting to be read (for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }
}
