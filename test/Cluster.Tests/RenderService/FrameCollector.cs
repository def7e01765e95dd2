using System.Collections.Concurrent;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.RenderService;

/// <summary>Reads a view's frames in the background and lets a test wait for one that matches.</summary>
internal sealed class FrameCollector : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<Frame> _seen = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly Task _reading;

    private FrameCollector(Proxy view) => _reading = ReadAsync(view);

    public IReadOnlyCollection<Frame> Seen => _seen;

    public static FrameCollector Start(Proxy view) => new(view);

    /// <summary>Whether the frame was rendered from the view's current camera position.</summary>
    public static bool ShowsCameraOf(Frame frame, Proxy view)
        => frame.Camera.Position.SequenceEqual(view.GetProperty("CameraPosition").Value.Doubles);

    public async Task<Frame> WaitForAsync(Func<Frame, bool> match, TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        while (true)
        {
            if (_seen.FirstOrDefault(match) is { } frame)
            {
                return frame;
            }

            if (_reading.IsFaulted)
            {
                await _reading;
            }

            try
            {
                await _arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching frame within {patience}; saw {_seen.Count}: {string.Join(", ", _seen.Select(f => $"#{f.Number} {(f.IsStill ? "still" : "interactive")} v{f.PipelineVersion}"))}");
            }
        }
    }

    private async Task ReadAsync(Proxy view)
    {
        await Task.Yield();
        try
        {
            await foreach (Frame frame in view.FramesAsync(_stop.Token))
            {
                _seen.Enqueue(frame);
                _arrived.Release();
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        _arrived.Dispose();
    }
}
