using System.Collections.Concurrent;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Infrastructure;

/// <summary>
/// An incoming-call filter on every test silo that records, per proxy, the order in which the proxy
/// grains really received pushes — what the client's ordering promise is about.
/// </summary>
public sealed class PushOrderRecorder : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<ulong, ConcurrentQueue<PushState>> Received = new();

    public static IReadOnlyList<PushState> ReceivedBy(ulong globalId)
        => Received.TryGetValue(globalId, out ConcurrentQueue<PushState>? queue) ? queue.ToArray() : [];

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType == typeof(IProxyGrain) && context.Request.GetArgument(0) is PushState push)
        {
            Received.GetOrAdd(push.Proxy.GlobalId, _ => new ConcurrentQueue<PushState>()).Enqueue(push.Clone());
        }

        await context.Invoke();
    }
}
