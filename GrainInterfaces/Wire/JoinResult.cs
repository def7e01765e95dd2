namespace OrleansPV.GrainInterfaces;

/// <summary>What a client receives when it creates or joins a session.</summary>
[GenerateSerializer, Alias("opv.JoinResult"), Immutable]
public sealed record JoinResult(
    [property: Id(0)] ClientInfo Client,
    [property: Id(1)] SessionSnapshot Snapshot,
    [property: Id(2)] GlobalIdBlock GlobalIds,
    [property: Id(3)] IReadOnlyList<DefinitionDocument> PluginDefinitions,
    [property: Id(4)] IReadOnlyList<ClientInfo> Clients,
    [property: Id(5)] string MasterClientId);
