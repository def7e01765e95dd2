namespace OrleansPV.Client;

/// <summary>A client connected to the session, as every client sees it.</summary>
public sealed record ConnectedClient(string ClientId, string UserName, bool IsMaster);
