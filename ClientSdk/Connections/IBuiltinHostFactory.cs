using Microsoft.Extensions.Hosting;

namespace OrleansPV.Client;

/// <summary>
/// Builds the in-process silo of builtin://. Implemented by the OrleansPV.Client.Builtin assembly,
/// which the core SDK finds by name: a client that only talks to orleans:// carries no server.
/// </summary>
internal interface IBuiltinHostFactory
{
    IHost Build(ConnectionOptions options);
}
