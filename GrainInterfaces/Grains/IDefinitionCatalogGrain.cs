using Orleans.Concurrency;

namespace OrleansPV.GrainInterfaces;

/// <summary>
/// Proxy definitions (ParaView XML) registered at run time by clients (plugins), kept for the whole
/// cluster (one activation, key 0): a silo that meets an unknown proxy type loads them from here.
/// </summary>
[Alias("opv.IDefinitionCatalogGrain")]
public interface IDefinitionCatalogGrain : IGrainWithIntegerKey
{
    [Alias("Add")]
    Task AddAsync(string xml, string sourceName, CancellationToken cancellationToken = default);

    /// <summary>Every registered document, in registration order.</summary>
    [Alias("GetAll"), ReadOnly]
    Task<IReadOnlyList<DefinitionDocument>> GetAllAsync(CancellationToken cancellationToken = default);
}

/// <summary>One registered XML document and the name it was registered under.</summary>
[GenerateSerializer, Alias("opv.DefinitionDocument"), Immutable]
public sealed record DefinitionDocument([property: Id(0)] string SourceName, [property: Id(1)] string Xml);
