namespace OrleansPV.GrainInterfaces;

/// <summary>Who a client is: its id (unique per connection to a session) and the user's name.</summary>
[GenerateSerializer, Alias("opv.ClientInfo"), Immutable]
public sealed record ClientInfo([property: Id(0)] string ClientId, [property: Id(1)] string UserName);
