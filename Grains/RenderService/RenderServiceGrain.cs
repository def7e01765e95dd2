using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Orleans.Placement;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.DataService;
using OrleansPV.Grains.Definitions;
using OrleansPV.Grains.Pipeline;
using OrleansPV.Grains.Placement;
using OrleansPV.Grains.Proxies;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;
using OrleansPV.Rendering;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Grains.RenderService;

/// <summary>
/// A session's render service, a thin grain over its parts: the proxy states it draws from
/// (<see cref="ProxyStates"/>, kept current by the session's accepted states), the geometry the data
/// service announced (<see cref="GeometryStore"/>), views (<see cref="ViewLoader"/>) and their frame
/// loops (<see cref="FrameLoop"/>). Placement: beside the session's data service
/// (<see cref="BesideDataServicePlacementAttribute"/>), so announced outputs arrive as references;
/// [Immovable] keeps it there. Reentrant: a camera change is taken while a frame renders. It never
/// waits for an execution: it tells the data service which outputs its views show, and draws the
/// newest geometry it holds; each announcement brings newer geometry and a still. Only a render that
/// needs an output it has never drawn (a newly shown representation, a new view time) waits for it.
/// </summary>
[BesideDataServicePlacement]
[Immovable]
[Reentrant]
internal sealed partial class RenderServiceGrain : Grain, IRenderServiceGrain, IPipelineRenderService
{
    /// <summary>Largest image side: a 16384 x 16384 RGBA frame is already 1 GiB.</summary>
    private const int MaxImageSide = 16384;

    private readonly IGrainFactory _grainFactory;
    private readonly ServiceThreads _threads;
    private readonly RenderServiceOptions _settings;
    private readonly ILogger<RenderServiceGrain> _logger;
    private readonly ProxyStates _proxies;
    private readonly GeometryStore _geometry;
    private readonly ViewLoader _loader;
    private readonly FrameLoop _frames;
    private readonly Renderer _renderer;
    private readonly Dictionary<ulong, ViewState> _views = [];
    private readonly CancellationTokenSource _lifetime = new();
    private OutputKey[] _watched = [];

    public RenderServiceGrain(
        SiloDefinitions definitions,
        IGrainFactory grainFactory,
        ServiceThreads threads,
        IOptions<RenderServiceOptions> options,
        ILogger<RenderServiceGrain> logger)
    {
        _grainFactory = grainFactory;
        _threads = threads;
        _settings = options.Value;
        _logger = logger;
        _proxies = new ProxyStates(new ProxySnapshotReader(definitions, grainFactory));
        _geometry = new GeometryStore(threads.Rendering);
        _loader = new ViewLoader(_proxies, _geometry);
        _renderer = new Renderer { Scheduler = threads.Rendering };
        _frames = new FrameLoop(_loader, _renderer, threads.Rendering, _settings, SessionId, logger, _lifetime.Token);
    }

    private string SessionId => this.GetPrimaryKeyString();

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Cancelled, not disposed: background loops still read its token as they wind down.
        _lifetime.Cancel();
        return base.OnDeactivateAsync(reason, cancellationToken);
    }

    public async Task AcceptAsync(AcceptedChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await _proxies.AcceptAsync(changes, _lifetime.Token);
        HashSet<ulong> cameras = [.. _views.Values.SelectMany(v => v.CameraMembers)];
        bool onlyCameras = changes.Changed.All(cameras.Contains);
        if (!onlyCameras)
        {
            // A failed output may compute now; the data service tries it again when told what is shown (below).
            _geometry.ForgetErrors();
        }

        bool inputsChanged = false;
        foreach (ViewState view in _views.Values.ToArray())
        {
            bool camera = changes.Changed.Any(view.CameraMembers.Contains);
            if (camera || changes.Changed.Any(view.Members.Contains))
            {
                // The view proxy holds its camera and its representations: reload it to see which outputs it draws now.
                IReadOnlyList<OutputKey> before = view.Inputs;
                await ReloadAsync(view);
                inputsChanged |= !before.SequenceEqual(view.Inputs);
                _frames.Request(view, camera ? RenderKind.Interactive : RenderKind.Still);
            }
        }

        // Anything but a camera may concern a shown output, and a view may show other outputs now. The
        // data service recomputes stale shown outputs by itself; telling it again what is shown also
        // covers a data service activated anew.
        if (_views.Count > 0 && (inputsChanged || !onlyCameras))
        {
            await WatchShownOutputsAsync(always: true);
        }
    }

    public async Task OutputReadyAsync(OutputReady ready, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ready);
        if (!_watched.Contains(ready.Key))
        {
            return;
        }

        if (ready.Error is { } error)
        {
            _geometry.Fail(ready.Key, error);
            return;
        }

        using IDisposable arriving = _geometry.Arriving(ready.Key);
        try
        {
            DataSet data = ready.Data ?? await FetchCopyAsync(ready.Key, _lifetime.Token);
            if (await _geometry.StoreAsync(ready, data, _lifetime.Token))
            {
                foreach (ViewState view in _views.Values.Where(v => v.Inputs.Contains(ready.Key)))
                {
                    _frames.Request(view, RenderKind.Still);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_lifetime.IsCancellationRequested)
        {
            LogGeometryFailed(ex, SessionId, ex.Message);
            _geometry.Fail(ready.Key, ex.Message);
        }
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

        ViewScene viewScene = await LoadWithGeometryAsync(view, cancellationToken);
        Scene scene = request.Width > 0 || request.Height > 0
            ? viewScene.Scene.WithSize(request.Width > 0 ? request.Width : viewScene.Scene.Width, request.Height > 0 ? request.Height : viewScene.Scene.Height)
            : viewScene.Scene;
        int quality = request.JpegQuality > 0 ? request.JpegQuality : _settings.JpegQuality;
        long number = ++view.FrameCount;
        Frame frame = await _threads.Rendering.Run(() => FrameFactory.Create(_renderer, scene, viewGlobalId, number, request.Format, quality, isStill: true, viewScene.PipelineVersion, cancellationToken), cancellationToken);
        if (request.IsViewStill)
        {
            view.Publish(frame);
        }

        FrameLoop.LogRendered(_logger, SessionId, viewGlobalId, number, frame.Width, frame.Height, frame.Format.ToString(), frame.RenderMilliseconds);
        return frame;
    }

    public async IAsyncEnumerable<Frame> FramesAsync(ulong viewGlobalId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ViewState view = GetView(viewGlobalId);
        Channel<Frame> frames = view.Subscribe(_settings.FrameBufferCapacity);
        if (view.Latest is null || view.Stale)
        {
            _frames.Request(view, RenderKind.Still);
        }

        _ = WatchInBackgroundAsync(view);
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
        ViewScene viewScene = await LoadWithGeometryAsync(GetView(viewGlobalId), cancellationToken);
        return FrameFactory.CameraOf(Binding.SceneBuilder.ResetCamera(viewScene.Scene).Camera);
    }

    /// <summary>
    /// Loads the view and composes its scene from the geometry held. An output this view's time has
    /// never been drawn for is waited for (there is nothing to show of it); held geometry, even of
    /// older pipeline versions, is drawn at once: a newer still follows when the data service announces it.
    /// </summary>
    private async Task<ViewScene> LoadWithGeometryAsync(ViewState view, CancellationToken cancellationToken)
    {
        LoadedView loaded = await _loader.LoadAsync(view, cancellationToken);
        await WatchShownOutputsAsync(always: false);
        foreach (OutputKey key in view.Inputs)
        {
            await _geometry.WaitAsync(key, cancellationToken);
        }

        // Outputs announced already (computed) are drawn, not their predecessors.
        await _geometry.ArrivedAsync(view.Inputs, cancellationToken);
        if (view.Inputs.Select(_geometry.ErrorOf).FirstOrDefault(e => e is not null) is { } error)
        {
            // The newest computation failed (since the last change): reported as ParaView's Render would.
            throw new PipelineException(error);
        }

        // The view may have changed while its geometry was awaited.
        if (view.Inputs.Count > 0)
        {
            loaded = await _loader.LoadAsync(view, cancellationToken);
        }

        return _loader.Compose(loaded);
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

    private async Task ReloadAsync(ViewState view)
    {
        try
        {
            await _loader.LoadAsync(view, _lifetime.Token);
        }
        catch (Exception ex) when (ex is OrleansPVException)
        {
            // A view that cannot load (a deleted proxy) keeps its last members; its frames report why.
            LogGeometryFailed(ex, SessionId, ex.Message);
        }
    }

    private async Task WatchInBackgroundAsync(ViewState view)
    {
        try
        {
            await _loader.LoadAsync(view, _lifetime.Token);
            await WatchShownOutputsAsync(always: false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_lifetime.IsCancellationRequested)
        {
            LogGeometryFailed(ex, SessionId, ex.Message);
        }
    }

    /// <summary>
    /// Tells the data service (one-way) which outputs the views show and which production of each is
    /// held, when that set changed or an output is missing (or <paramref name="always"/>); it computes
    /// what is stale and announces it.
    /// </summary>
    private async Task WatchShownOutputsAsync(bool always)
    {
        OutputKey[] shown = [.. _views.Values.SelectMany(v => v.Inputs).Distinct()];
        bool missing = shown.Any(key => !_geometry.Holds(key));
        if (!always && !missing && shown.ToHashSet().SetEquals(_watched))
        {
            return;
        }

        _watched = shown;
        _geometry.KeepOnly(shown);
        WatchedOutput[] outputs = [.. shown.Select(key => new WatchedOutput(key, _geometry.HeldProduction(key)))];
        await _grainFactory.GetGrain<IPipelineDataService>(SessionId).WatchAsync(outputs, CancellationToken.None);
    }

    /// <summary>The slow path, when the data service is not on this silo (its silo died and it moved): a serialized copy.</summary>
    private async Task<DataSet> FetchCopyAsync(OutputKey key, CancellationToken cancellationToken)
    {
        LogGeometryCopied(SessionId, key.GlobalId);
        using var received = new MemoryStream();
        IDataServiceGrain dataService = _grainFactory.GetGrain<IDataServiceGrain>(SessionId);
        await foreach (byte[] chunk in dataService.FetchDataAsync(key.GlobalId, key.Port, key.Time, after: null, cancellationToken).WithCancellation(cancellationToken))
        {
            received.Write(chunk);
        }

        received.Position = 0;
        // Parsed on the rendering threads: a large copy would otherwise hold a grain-scheduler thread.
        return await _threads.Rendering.Run(() => FetchedData.Read(received, $"output {key.Port} of proxy {key.GlobalId}", cancellationToken), cancellationToken);
    }
}
