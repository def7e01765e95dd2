using System.Collections.Concurrent;

namespace OrleansPV.Cluster.Tests.Infrastructure;

/// <summary>
/// An incoming-call filter on every test silo that tells a test when a grain has received a call, so it
/// can act once a request is known to be inside the grain instead of sleeping and hoping it is.
/// </summary>
public sealed class CallArrivals : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<(GrainId Grain, string Method), TaskCompletionSource> Expected = new();

    /// <summary>Completes when <paramref name="grain"/> receives a call of <paramref name="method"/>; ask before making the call.</summary>
    public static Task ExpectAsync(GrainId grain, string method)
        => Expected.GetOrAdd((grain, method), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod is { } method && Expected.TryRemove((context.TargetId, method.Name), out TaskCompletionSource? arrival))
        {
            arrival.TrySetResult();
        }

        return context.Invoke();
    }
}
