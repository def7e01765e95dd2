using OrleansPV.Definitions;
using OrleansPV.Grains.DataService.Binding;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;

namespace OrleansPV.Grains.Tests.Binding;

/// <summary>
/// Proxies and pipelines built the way the data service will: shipped definitions, client-parsed
/// values, one algorithm per proxy created and bound by <see cref="AlgorithmBinder"/>, inputs
/// connected from the input properties, executed by <see cref="Executive"/>.
/// </summary>
internal sealed class TestSession
{
    private static readonly Lazy<DefinitionManager> s_definitions = new(() => DefinitionManager.CreateDefault());

    private readonly Dictionary<ulong, TestProxy> _proxies = [];
    private readonly Dictionary<ulong, Algorithm> _algorithms = [];
    private ulong _nextId = 100;

    public static DefinitionManager Definitions => s_definitions.Value;

    public AlgorithmBinder Binder { get; } = new(AlgorithmRegistry.CreateDefault());

    /// <summary>Creates a proxy and, as ParaView and the client SDK do, one proxy per proxy-list entry, the default selected.</summary>
    public TestProxy Create(string group, string name)
    {
        var proxy = new TestProxy(this, _nextId++, Definitions.Get(group, name));
        _proxies[proxy.GlobalId] = proxy;
        foreach (PropertyDefinition property in proxy.Definition.Properties)
        {
            if (property.FindDomain<ProxyListDomain>() is not { } list)
            {
                continue;
            }

            foreach (ProxyListEntry entry in list.Proxies)
            {
                proxy.SubProxies[$"{property.Name}/{entry.Name}"] = Create(entry.Group, entry.Name).GlobalId;
            }

            proxy.Set(property.Name, list.DefaultProxyName ?? list.Proxies[0].Name);
        }

        return proxy;
    }

    public TestProxy Wavelet(int half) => Create("sources", "RTAnalyticSource").Set("WholeExtent", -half, half - 1, -half, half - 1, -half, half - 1);

    public TestProxy Filter(string name, TestProxy input) => Create("filters", name).SetInput(input);

    public TestProxy Get(ulong id) => _proxies[id];

    public ProxySnapshot? Resolve(ulong id) => _proxies.TryGetValue(id, out TestProxy? proxy) ? proxy.Snapshot() : null;

    /// <summary>The proxy's algorithm (created on first use), bound to its current values, inputs connected.</summary>
    public Algorithm Bind(TestProxy proxy)
    {
        if (!_algorithms.TryGetValue(proxy.GlobalId, out Algorithm? algorithm))
        {
            _algorithms[proxy.GlobalId] = algorithm = Binder.Create(proxy.Snapshot());
        }

        Binder.Apply(algorithm, proxy.Snapshot(), Resolve);
        foreach ((string name, int port) in AlgorithmBinder.InputProperties(proxy.Definition))
        {
            if (proxy.Values.TryGetValue(name, out PropertyValue? value) && value.Proxies.Length > 0)
            {
                ProxyReference input = value.Proxies[0];
                algorithm.SetInputConnection(port, new AlgorithmOutput(Bind(_proxies[(ulong)input.GlobalId]), input.OutputPort));
            }
        }

        return algorithm;
    }

    /// <summary>Binds the pipeline ending at <paramref name="proxy"/>, updates it, and reports its data information.</summary>
    public DataInformation Update(TestProxy proxy) => DataInformation.From(Executive.Update(Bind(proxy)));
}
