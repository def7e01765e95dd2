using Microsoft.Extensions.Logging;
using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Definitions;

/// <summary>
/// This silo's proxy definitions: the shipped ones, plus plugin documents fetched from the cluster's
/// catalog the first time a proxy type is not found here.
/// </summary>
public sealed class SiloDefinitions(ILoggerFactory loggerFactory, IGrainFactory grainFactory)
{
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private int _loadedPluginCount;

    public DefinitionManager Manager { get; } = DefinitionManager.CreateDefault(loggerFactory.CreateLogger<DefinitionManager>());

    /// <summary>The definition of (group, name), looking in the cluster's plugin catalog on a miss.</summary>
    public async Task<ProxyDefinition> GetAsync(string group, string name, CancellationToken cancellationToken)
    {
        if (Manager.TryGet(group, name, out ProxyDefinition? found))
        {
            return found;
        }

        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            IReadOnlyList<DefinitionDocument> documents = await grainFactory.GetGrain<IDefinitionCatalogGrain>(0).GetAllAsync(cancellationToken);
            for (int i = _loadedPluginCount; i < documents.Count; i++)
            {
                Manager.Load(documents[i].Xml, documents[i].SourceName);
            }

            _loadedPluginCount = documents.Count;
        }
        finally
        {
            _refreshGate.Release();
        }

        return Manager.Get(group, name);
    }
}
