using System.Collections.Concurrent;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Silo.Web;

/// <summary>
/// What a page's commands and streams share: its SDK session and view, the sender, one gate that
/// keeps the page's SDK calls in order, the updates this page started (cancellable) and the data
/// information already sent.
/// </summary>
internal sealed class WebSessionContext(Session session, Proxy view, WebSocketSender sender, Action pipelineChanged, CancellationToken closing)
{
    private readonly ConcurrentDictionary<ulong, CancellationTokenSource> _running = new();
    private readonly ConcurrentDictionary<ulong, ulong> _sentVersions = new();

    public Session Session { get; } = session;

    public Proxy View { get; } = view;

    public WebSocketSender Sender { get; } = sender;

    public CancellationToken Closing { get; } = closing;

    /// <summary>Held while the page's commands change local proxies, so pushes leave in the order the page sent them.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public void PipelineChanged() => pipelineChanged();

    /// <summary>True while this page waits for an update (its Cancel then reaches the server's work).</summary>
    public bool IsRunningHere(ulong globalId) => _running.ContainsKey(globalId);

    public bool HasRunningUpdates => !_running.IsEmpty;

    /// <summary>Starts tracking an update this page asked for (Apply); Cancel cancels it.</summary>
    public CancellationTokenSource BeginUpdate(ulong globalId)
    {
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(Closing);
        if (_running.TryRemove(globalId, out CancellationTokenSource? previous))
        {
            previous.Cancel();
        }

        _running[globalId] = cancel;
        return cancel;
    }

    public void EndUpdate(ulong globalId, CancellationTokenSource cancel)
    {
        _running.TryRemove(new KeyValuePair<ulong, CancellationTokenSource>(globalId, cancel));
        cancel.Dispose();
    }

    /// <summary>
    /// Cancels this page's update of the proxy; a progress bar of an upstream proxy (the Wavelet under
    /// an applied Contour) cancels every update of this page, since they all wait for that execution.
    /// </summary>
    public void Cancel(ulong globalId)
    {
        CancellationTokenSource[] targets = _running.TryGetValue(globalId, out CancellationTokenSource? own) ? [own] : [.. _running.Values];
        foreach (CancellationTokenSource cancel in targets)
        {
            try
            {
                cancel.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // That update ended meanwhile.
            }
        }
    }

    public async Task SendDataInformationAsync(ulong globalId, DataInformation info)
    {
        _sentVersions[globalId] = info.PipelineVersion;
        await Sender.SendAsync(WebStateJson.DataInformation(globalId, info));
    }

    /// <summary>
    /// Data information of every shown pipeline proxy (their outputs are computed anyway, ParaView's
    /// auto-apply of visible pipelines); sent when its version is new to the page. Proxies nobody
    /// applied yet are not executed.
    /// </summary>
    public async Task RefreshDataInformationAsync()
    {
        foreach (RegisteredProxy registered in Session.RegisteredProxies.Where(r => r.Group == WebStateJson.PipelineGroup).ToArray())
        {
            if (IsRunningHere(registered.Proxy.GlobalId) || Session.FindRepresentation(registered.Proxy, View) is null)
            {
                continue;
            }

            DataInformation info;
            try
            {
                info = await registered.Proxy.UpdatePipelineAsync(cancellationToken: Closing);
            }
            catch (OrleansPVException)
            {
                // The failure is the pipeline's own: the page hears of it from the progress stream.
                continue;
            }

            if (!_sentVersions.TryGetValue(registered.Proxy.GlobalId, out ulong sent) || sent != info.PipelineVersion)
            {
                await SendDataInformationAsync(registered.Proxy.GlobalId, info);
            }
        }
    }
}
