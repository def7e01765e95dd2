using OrleansPV.GrainInterfaces;
using Microsoft.Extensions.Logging;
using OrleansPV.Client.Messaging;
using OrleansPV.Definitions;

namespace OrleansPV.Client;

/// <summary>
/// Like ParaView's controller on registration: once the proxy's input has data, properties whose
/// domains follow the input (plane origins, Elevation's points, array selections, contour values)
/// get the values ParaView would give them, unless already set; they are then pushed. Runs in the
/// background (registration is kind 2); the session's next awaited call waits for it.
/// </summary>
internal sealed partial class InputDefaultsApplier
{
    private readonly List<Task> _pending = [];
    private readonly PushPipeline _pushes;
    private readonly ISessionTransport _transport;
    private readonly SessionRecovery _recovery;
    private readonly ILogger _logger;

    /// <param name="pushes">Sends the pipeline before asking for its input, and the defaults after.</param>
    /// <param name="transport">Reaches the session's data service, which knows the input's data.</param>
    /// <param name="recovery">Sends the question again if the data service's silo dies meanwhile.</param>
    /// <param name="logger">Logs inputs that could not be updated.</param>
    public InputDefaultsApplier(PushPipeline pushes, ISessionTransport transport, SessionRecovery recovery, ILogger logger)
    {
        _pushes = pushes;
        _transport = transport;
        _recovery = recovery;
        _logger = logger;
    }

    /// <summary>Starts deriving <paramref name="proxy"/>'s defaults from its input, if it has one.</summary>
    public void Start(Proxy proxy)
    {
        if (!proxy.InputProxies().Any())
        {
            return;
        }

        Task applying = ApplyAsync(proxy);
        lock (_pending)
        {
            _pending.Add(applying);
        }

        applying.ContinueWith(
            done =>
            {
                lock (_pending)
                {
                    _pending.Remove(done);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Completes when the input-derived defaults of every registration so far are set and pushed.</summary>
    public Task WhenAppliedAsync()
    {
        lock (_pending)
        {
            return _pending.Count == 0 ? Task.CompletedTask : Task.WhenAll(_pending);
        }
    }

    private static int ApplyDefaults(Proxy proxy, DataInformation input)
    {
        int applied = 0;
        foreach ((PropertyDefinition property, PropertyValue value) in InputDefaults.For(proxy.Definition, input, proxy.SetValueOf))
        {
            if (proxy.SetDefault(property, value))
            {
                applied++;
            }
        }

        return applied;
    }

    private async Task ApplyAsync(Proxy proxy)
    {
        try
        {
            await _pushes.PushPipelineCoreAsync([proxy], CancellationToken.None);
            if (await _recovery.RunAsync("input information", token => _transport.DataService.GetInputInformationAsync(proxy.GlobalId, 0, token), CancellationToken.None) is not { } input)
            {
                return;
            }

            int applied = ApplyDefaults(proxy, input);

            // The entries of proxy-list properties (Slice's and Clip's Plane, Sphere, ...) take the
            // filter's input too (the XML links their Input to it).
            foreach ((string name, Proxy entry) in proxy.SubProxies)
            {
                if (name.Contains('/', StringComparison.Ordinal))
                {
                    applied += ApplyDefaults(entry, input);
                }
            }

            if (applied > 0)
            {
                await _pushes.PushProxyAsync(proxy, CancellationToken.None, wait: true);
            }
        }
        catch (Exception ex) when (ex is OrleansPVException or OrleansException or TimeoutException)
        {
            // The input could not be updated: its own update reports why; the XML defaults stay.
            LogNoInputDefaults(ex, proxy.Label);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "No input-derived defaults for {Proxy}")]
    private partial void LogNoInputDefaults(Exception exception, string proxy);
}
