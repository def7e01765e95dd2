namespace OrleansPV.Client;

/// <summary>Connection options that also configure builtin://'s in-process silo.</summary>
public sealed class BuiltinConnectionOptions : ConnectionOptions
{
    /// <summary>
    /// Further configuration of the in-process silo (storage, data-service limits through
    /// <c>Services.Configure&lt;DataServiceOptions&gt;</c>, …). Default: none. Ignored by orleans://.
    /// </summary>
    public Action<ISiloBuilder>? ConfigureBuiltinSilo { get; set; }
}
