using System.Threading.Channels;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.Pipeline;

namespace OrleansPV.Grains.RenderService;

/// <summary>
/// The render service's bookkeeping for one view that somebody renders or watches: which proxies
/// make its picture, the frame it waits to render, its subscribers and its newest frame. Used only
/// from the grain's turns.
/// </summary>
internal sealed class ViewState(ulong globalId)
{
    private readonly List<Channel<Frame>> _subscribers = [];

    public ulong GlobalId { get; } = globalId;

    /// <summary>The view, its camera, its representations and their lookup tables: a change to one re-renders the view.</summary>
    public HashSet<ulong> Members { get; set; } = [globalId];

    /// <summary>The view and its camera: a change to one is interaction (interactive frames, then a still).</summary>
    public HashSet<ulong> CameraMembers { get; set; } = [globalId];

    /// <summary>The outputs its representations draw, at the view's time.</summary>
    public IReadOnlyList<OutputKey> Inputs { get; set; } = [];

    public RenderKind Pending { get; private set; }

    /// <summary>Something it shows changed while nobody watched: <see cref="Latest"/> is out of date.</summary>
    public bool Stale { get; set; }

    /// <summary>The render loop while it runs, else null.</summary>
    public Task? Loop { get; set; }

    /// <summary>Bumped by every interactive frame; a still scheduled for an older one is dropped.</summary>
    public long InteractionGeneration { get; set; }

    public long FrameCount { get; set; }

    public Frame? Latest { get; private set; }

    public bool HasSubscribers => _subscribers.Count > 0;

    /// <summary>
    /// Asks for a frame. A camera move wins over a pending still: the camera is moving again, so that
    /// still would be stale, and a new one follows when it rests.
    /// </summary>
    public void Request(RenderKind kind)
    {
        if (kind == RenderKind.Interactive || Pending == RenderKind.None)
        {
            Pending = kind;
        }
    }

    public RenderKind Take()
    {
        RenderKind kind = Pending;
        Pending = RenderKind.None;
        return kind;
    }

    public Channel<Frame> Subscribe(int capacity)
    {
        var channel = Channel.CreateBounded<Frame>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
            SingleWriter = true,
        });
        if (Latest is not null)
        {
            channel.Writer.TryWrite(Latest);
        }

        _subscribers.Add(channel);
        return channel;
    }

    public void Unsubscribe(Channel<Frame> channel) => _subscribers.Remove(channel);

    public void Publish(Frame frame)
    {
        Latest = frame;
        foreach (Channel<Frame> subscriber in _subscribers)
        {
            subscriber.Writer.TryWrite(frame);
        }
    }
}
