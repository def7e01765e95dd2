using Microsoft.Extensions.Logging;

namespace OrleansPV.Grains.Proxies;

internal sealed partial class ProxyGrain
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Proxy {GlobalId} ({ProxyName}) applied push {ClientId}#{Sequence}: {PropertyCount} properties, version {Version}")]
    private partial void LogApplied(ulong globalId, string proxyName, string clientId, ulong sequence, int propertyCount, ulong version);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Proxy {GlobalId} ignored push {ClientId}#{Sequence}: already applied up to {Last}")]
    private partial void LogDuplicate(ulong globalId, string clientId, ulong sequence, ulong last);
}
