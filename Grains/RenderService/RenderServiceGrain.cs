using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Orleans.Placement;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.DataService;
using OrleansPV.Grains.DataService.Binding;
using OrleansPV.Grains.Definitions;
using OrleansPV.Grains.Proxies;
using OrleansPV.Grains.Placement;
using OrleansPV.Rendering;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Grains.RenderService;

/// <summary>
/// A session's render service. Placement: beside the session's data service
/// (<see cref="BesideDataServicePlacementAttribute"/>), whose outputs it reads as references from
/// <see cref="LocalOutputs"/>; [Immovable] keeps it there. Concurrency: the grain is reentrant so a
/// camera change is taken while a frame renders or geometry is awaited; each view has one render
/// loop, so frames of a view never overlap and a burst of changes collapses into the newest frame.
/// Rendering and encoding run on the thread pool; fields change only in grain turns.
/// Geometry: a change to anything but a view or its camera may change what representations draw
/// (a filter upstream, a representation's input), so the service asks the data service to update the shown
/// outputs (in the background: frames keep coming with the previous geometry meanwhile) and renders
/// a still when new geometry arrives.
/// </summary>
[BesideDataServicePlacement]
[Immovable]
[Reentrant]
internal sealed partial class RenderServiceGrain(
    SiloDefinitions definitions,
    IGrainFactory grainFactory,
    LocalOutputs outputs,
    ServiceThreads threads,
    IOptions<RenderServiceOptions> options,
    ILogger<RenderServiceGrain> logger)
    : Grain, IRenderServiceGrain
{
    /// <summary>Largest image side: a 16384 x 16384 RGBA frame is already 1 GiB.</summary>
    private const int MaxImageSide = 16384;

    private readonly ProxySnapshotReader _reader = new(definitions, grainFactory);
    private readonly Dictionary<ulong, ProxySnapshot> _snapshots = [];
    private readonly Dictionary<ulong, ViewState> _views = [];
    private readonly Dictionary<OutputKey, RepresentationGeometry> _geometry = [];
    private readonly CancellationTokenSource _lifetime = new();
    private readonly Renderer _renderer = new() { Scheduler = threads.Rendering };
    private ulong _changes;
    private Task? _refreshing;
    private bool _refreshAgain;

    private string SessionId => this.GetPrimaryKeyString();

    private IDataServiceGrain DataService => grainFactory.GetGrain<IDataServiceGrain>(SessionId);

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Cancelled, not disposed: background loops still read its token as they wind down.
        _lifetime.Cancel();
        return base.OnDeactivateAsync(reason, cancellationToken);
    }

    public Task ProxiesChangedAsync(IReadOnlyList<ulong> globalIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(globalIds);
        _changes++;
        bool geometryMayChange = false;
        foreach (ulong globalId in globalIds)
        {
            _snapshots.Remove(globalId);
            geometryMayChange |= !_views.Values.Any(v => v.CameraMembers.Contains(globalId));
        }

        foreach (ViewState view in _views.Values)
        {
            if (globalIds.Any(view.CameraMembers.Contains))
            {
                RequestRender(view, RenderKind.Interactive);
            }
            else if (globalIds.Any(view.Members.Contains))
            {
                RequestRender(view, RenderKind.Still);
            }
        }

        if (geometryMayChange && _views.Count > 0)
        {
            _ = RefreshGeometryInBackgroundAsync();
        }

        return Task.CompletedTask;
    }

    public async Task<Frame> RenderAsync(ulong viewGlobalId, RenderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Width is < 0 or > MaxImageSide || request.Height is < 0 or > MaxImageSide || request.JpegQuality is < 0 or > 100)
        {
            throw new RenderException($"Render of view {viewGlobalId}: size {request.Width}x{request.Height} must be 0 (the view's size) to {MaxImageSide} per side, and JPEG quality {request.JpegQuality} 0 (the default) to 100.");
        }

        ViewState view = GetView(viewGlobalId);
        if (request.IsViewStill)
        {
            // This frame will be the view's newest; a change from now on makes it stale again.
            view.Stale = false;
        }

        await RefreshGeometryAsync(cancellationToken);
        ViewScene viewScene = await LoadSceneAsync(view, cancellationToken);
        Scene scene = request.Width > 0 || request.Height > 0
            ? viewScene.Scene.WithSize(request.Width > 0 ? request.Width : viewScene.Scene.Width, request.Height > 0 ? request.Height : viewScene.Scene.Height)
            : viewScene.Scene;
        int quality = request.JpegQuality > 0 ? request.JpegQuality : options.Value.JpegQuality;
        long number = ++view.FrameCount;
        Frame frame = await threads.Rendering.Run(() => FrameFactory.Create(_renderer, scene, viewGlobalId, number, request.Format, quality, isStill: true, viewScene.PipelineVersion, cancellationToken), cancellationToken);
        if (request.IsViewStill)
        {
            view.Publish(frame);
        }

        LogRendered(SessionId, viewGlobalId, number, frame.Width, frame.Height, frame.Format.ToString(), frame.RenderMilliseconds);
        return frame;
    }

    public async IAsyncEnumerable<Frame> FramesAsync(ulong viewGlobalId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ViewState view = GetView(viewGlobalId);
        Channel<Frame> frames = view.Subscribe(options.Value.FrameBufferCapacity);
        if (view.Latest is null || view.Stale)
        {
            RequestRender(view, RenderKind.Still);
            _ = RefreshGeometryInBackgroundAsync();
        }

        try
        {
            while (await frames.Reader.WaitToReadAsync(cancellationToken))
            {
                while (frames.Reader.TryRead(out Frame? frame))
                {
                    yield return frame;
                }
            }
        }
        finally
        {
            view.Unsubscribe(frames);
        }
    }

    public async Task<FrameCamera> ResetCameraAsync(ulong viewGlobalId, CancellationToken cancellationToken = default)
    {
        ViewState view = GetView(viewGlobalId);
        await RefreshGeometryAsync(cancellationToken);
        ViewScene viewScene = await LoadSceneAsync(view, cancellationToken);
        return FrameFactory.CameraOf(Binding.SceneBuilder.ResetCamera(viewScene.Scene).Camera);
    }

    private ViewState GetView(ulong globalId)
    {
        if (!_views.TryGetValue(globalId, out ViewState? view))
        {
            view = new ViewState(globalId);
            _views.Add(globalId, view);
        }

        return view;
    }

    /// <summary>Asks for a frame of the view; its loop renders the newest state once it is free.</summary>
    private void RequestRender(ViewState view, RenderKind kind)
    {
        if (!view.HasSubscribers)
        {
            view.Stale = true;
            return;
        }

        view.Stale = false;
        view.Request(kind);
        view.Loop ??= RunRenderLoopAsync(view);
    }

    private async Task RunRenderLoopAsync(ViewState view)
    {
        try
        {
            while (view.Take() is var kind and not RenderKind.None && !_lifetime.IsCancellationRequested)
            {
                try
                {
                    await RenderForSubscribersAsync(view, kind);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !_lifetime.IsCancellationRequested)
                {
                    LogRenderFailed(ex, SessionId, view.GlobalId, ex.Message);
                }
            }
        }
        finally
        {
            view.Loop = null;
        }
    }

    private async Task RenderForSubscribersAsync(ViewState view, RenderKind kind)
    {
        CancellationToken lifetime = _lifetime.Token;
        RenderServiceOptions settings = options.Value;
        ViewScene viewScene = await LoadSceneAsync(view, lifetime);
        bool still = kind == RenderKind.Still;
        Scene scene = viewScene.Scene;
        if (!still && settings.InteractiveScale < 1)
        {
            scene = scene.WithSize(Math.Max(1, (int)(scene.Width * settings.InteractiveScale)), Math.Max(1, (int)(scene.Height * settings.InteractiveScale)));
        }

        long number = ++view.FrameCount;
        FrameFormat format = still ? FrameFormat.Png : FrameFormat.Jpeg;
        Frame frame = await threads.Rendering.Run(() => FrameFactory.Create(_renderer, scene, view.GlobalId, number, format, settings.JpegQuality, still, viewScene.PipelineVersion, lifetime), lifetime);
        view.Publish(frame);
        LogRendered(SessionId, view.GlobalId, number, frame.Width, frame.Height, format.ToString(), frame.RenderMilliseconds);
        if (!still)
        {
            _ = StillAfterRestAsync(view, ++view.InteractionGeneration, settings.StillDelay);
        }
    }

    /// <summary>ParaView's still render: when no interactive frame followed for the delay, render a full-quality PNG.</summary>
    private async Task StillAfterRestAsync(ViewState view, long generation, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _lifetime.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (view.InteractionGeneration == generation)
        {
            RequestRender(view, RenderKind.Still);
        }
    }
}
