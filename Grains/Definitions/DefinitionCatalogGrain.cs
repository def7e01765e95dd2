using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Definitions;

/// <summary>Keeps plugin definitions for the cluster; validates each document before accepting it.</summary>
internal sealed class DefinitionCatalogGrain(
    [PersistentState("definitions", StorageProviders.State)] IPersistentState<DefinitionCatalogState> state)
    : Grain, IDefinitionCatalogGrain
{
    public async Task AddAsync(string xml, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(xml);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);

        if (state.State.Documents.Any(d => d.SourceName == sourceName))
        {
            throw new DefinitionException($"Definitions named '{sourceName}' are registered already; register a changed document under a new name.");
        }

        // A scratch manager with everything accepted so far refuses a malformed or inconsistent
        // document before it is kept; silos load accepted documents in registration order.
        var check = DefinitionManager.CreateDefault();
        foreach (DefinitionDocument document in state.State.Documents)
        {
            check.Load(document.Xml, document.SourceName);
        }

        check.Load(xml, sourceName);
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
