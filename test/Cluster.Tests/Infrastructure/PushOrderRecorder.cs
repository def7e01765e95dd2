using System.Collections.Concurrent;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Infrastructure;

/// <summary>
/// An incoming-call filter on every test silo that records, per proxy, the order in which the proxy
/// grains really received pushes — what the client's ordering promise is about. Kept per client too:
/// test clusters running side by side allocate the same global ids.
/// </summary>
public sealed class PushOrderRecorder : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<(string ClientId, ulong GlobalId), ConcurrentQueue<PushState>> Received = new();

    /// <summary>The pushes of client <paramref name="clientId"/> that proxy <paramref name="globalId"/> received, in order.</summary>
    public static IReadOnlyList<PushState> ReceivedBy(string clientId, ulong globalId)
        => Received.TryGetValue((clientId, globalId), out ConcurrentQueue<PushState>? queue) ? queue.ToArray() : [];

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType == typeof(IProxyGrain) && context.Request.GetArgument(0) is PushState push)
        {
            Received.GetOrAdd((push.Header.ClientId, push.Proxy.GlobalId), _ => new ConcurrentQueue<PushState>()).Enqueue(push.Clone());
        }

        await context.Invoke();
    }
}
