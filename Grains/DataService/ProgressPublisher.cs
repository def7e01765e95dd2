using System.Threading.Channels;
using Orleans.Streams;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.DataService;

/// <summary>
/// The one ordered way from the data service to the session's progress stream. Events are numbered
/// when queued (from any thread) and published by one loop in the grain's context, so the stream sees
/// them in sequence order. Nobody waits for a publish: an update returns as soon as its output is
/// ready, without one more round trip to the stream per milestone on its path.
/// </summary>
internal sealed class ProgressPublisher
{
    private readonly Channel<ProgressEvent> _events = Channel.CreateUnbounded<ProgressEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _numbering = new();
    private readonly IAsyncStream<ProgressEvent> _stream;
    private readonly Action<Exception, ProgressEvent> _lost;
    private long _sequence;
    private Task _loop = Task.CompletedTask;

    public ProgressPublisher(IAsyncStream<ProgressEvent> stream, Action<Exception, ProgressEvent> lost)
    {
        _stream = stream;
        _lost = lost;
    }

    /// <summary>Starts publishing; call from the grain's context (the loop's turns run there).</summary>
    public void Start() => _loop = RunAsync();

    /// <summary>Numbers the event and queues it; safe from any thread.</summary>
    public void Publish(ProgressEvent progress)
    {
        lock (_numbering)
        {
            _events.Writer.TryWrite(progress with { Sequence = ++_sequence });
        }
    }

    /// <summary>Publishes what is queued, then stops.</summary>
    public Task StopAsync()
    {
        _events.Writer.TryComplete();
        return _loop;
    }

    private async Task RunAsync()
    {
        await foreach (ProgressEvent progress in _events.Reader.ReadAllAsync())
        {
            try
            {
                await _stream.OnNextAsync(progress);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A stream failure is logged, never allowed to stop later events or an update's outcome.
                _lost(ex, progress);
            }
        }
    }
}
