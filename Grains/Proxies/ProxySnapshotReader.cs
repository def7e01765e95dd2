using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.DataService.Binding;
using OrleansPV.Grains.Definitions;

namespace OrleansPV.Grains.Proxies;

/// <summary>Reads a proxy's current state from its grain as a <see cref="ProxySnapshot"/> (values by XML name).</summary>
internal sealed class ProxySnapshotReader(SiloDefinitions definitions, IGrainFactory grainFactory)
{
    public async Task<ProxySnapshot> ReadAsync(ulong globalId, CancellationToken cancellationToken)
        => (await ReadVersionedAsync(globalId, cancellationToken)).Snapshot;

    /// <summary>The snapshot and the proxy state's version (which grows with every accepted push).</summary>
    public async Task<(ProxySnapshot Snapshot, ulong Version)> ReadVersionedAsync(ulong globalId, CancellationToken cancellationToken)
    {
        ProxyState state = await grainFactory.GetGrain<IProxyGrain>((long)globalId).PullAsync(new PullState(), cancellationToken);
        if (state.Version == 0)
        {
            throw new PipelineException($"Proxy {globalId} has no state on the cluster: push it (UpdateVTKObjects) before using it.");
        }

        return (await ToSnapshotAsync(globalId, state, cancellationToken), state.Version);
    }

    /// <summary>A proxy state already at hand (e.g. carried with a change notice) as a snapshot.</summary>
    public async Task<ProxySnapshot> ToSnapshotAsync(ulong globalId, ProxyState state, CancellationToken cancellationToken)
    {
        ProxyDefinition definition = await definitions.GetAsync(state.XmlGroup, state.XmlName, cancellationToken);
        var values = new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
        foreach (PropertyState property in state.Properties)
        {
            if (definition.FindProperty(property.Name) is { } propertyDefinition)
            {
                values[propertyDefinition.Name] = PropertyStates.ToValue(property, propertyDefinition);
            }
        }

        return new ProxySnapshot(globalId, definition, values, state.SubProxies.ToDictionary(s => s.Name, s => s.GlobalId, StringComparer.Ordinal));
    }
}
