using Microsoft.Extensions.Logging;
using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

public sealed partial class Session
{
    private readonly List<Task> _pendingDefaults = [];

    /// <summary>
    /// Like ParaView's controller on registration: once the proxy's input has data, properties whose
    /// domains follow the input (plane origins, Elevation's points, array selections, contour values)
    /// get the values ParaView would give them, unless already set; they are then pushed. Runs in the
    /// background (registration is kind 2); the next awaited call of this session waits for it.
    /// </summary>
    private void StartInputDefaults(Proxy proxy)
    {
        if (!proxy.InputProxies().Any())
        {
            return;
        }

        Task applying = ApplyInputDefaultsAsync(proxy);
        lock (_pendingDefaults)
        {
            _pendingDefaults.Add(applying);
        }

        applying.ContinueWith(
            done =>
            {
                lock (_pendingDefaults)
                {
                    _pendingDefaults.Remove(done);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Completes when the input-derived defaults of every registration so far are set and pushed.</summary>
    internal Task WhenInputDefaultsAppliedAsync()
    {
        lock (_pendingDefaults)
        {
            return _pendingDefaults.Count == 0 ? Task.CompletedTask : Task.WhenAll(_pendingDefaults);
        }
    }

    private async Task ApplyInputDefaultsAsync(Proxy proxy)
    {
        try
        {
            await PushPipelineCoreAsync([proxy], CancellationToken.None);
            if (await DataService.GetInputInformationAsync(proxy.GlobalId, 0) is not { } input)
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
                await PushProxyAsync(proxy, CancellationToken.None, wait: true);
            }
        }
        catch (Exception ex) when (ex is OrleansPVException or OrleansException or TimeoutException)
        {
            // The input could not be updated: its own update reports why; the XML defaults stay.
            LogNoInputDefaults(Connection.LoggerFactory.CreateLogger<Session>(), ex, proxy.Label);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "No input-derived defaults for {Proxy}")]
    private static partial void LogNoInputDefaults(ILogger logger, Exception exception, string proxy);

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
}
