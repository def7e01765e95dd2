using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Definitions;

/// <summary>Keeps plugin definitions for the cluster; validates each document before accepting it.</summary>
internal sealed class DefinitionCatalogGrain(
    [PersistentState("definitions", StorageProviders.State)] IPersistentState<DefinitionCatalogState> state,
    SiloDefinitions definitions)
    : Grain, IDefinitionCatalogGrain
{
    public async Task AddAsync(string xml, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(xml);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);

        // Loading into this silo's manager first rejects malformed XML before it is kept.
        definitions.Manager.Load(xml, sourceName);
        state.State.Documents.Add(new DefinitionDocument(sourceName, xml));
        await state.WriteStateAsync(cancellationToken);
    }

    public Task<IReadOnlyList<DefinitionDocument>> GetAllAsync(CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<DefinitionDocument>>(state.State.Documents.ToArray());
}

[GenerateSerializer, Alias("opv.DefinitionCatalogState")]
internal sealed class DefinitionCatalogState
{
    [Id(0)]
    public List<DefinitionDocument> Documents { get; set; } = [];
}
