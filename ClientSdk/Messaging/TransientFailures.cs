using Orleans.Runtime.Messaging;
using Orleans.Storage;

namespace OrleansPV.Client.Messaging;

/// <summary>
/// Which failures of a call a dead silo or gateway explains, so that the call is worth sending again:
/// the message was not delivered, its answer was lost, or the grain's activation went away with its
/// silo. A refusal by OrleansPV itself (a bad value, an unknown session) is never retried.
/// </summary>
internal static class TransientFailures
{
    public static bool IsTransient(Exception exception, CancellationToken callerToken) => exception switch
    {
        OrleansPVException => false,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        TimeoutException => true,
        SiloUnavailableException or OrleansMessageRejectionException or GatewayTooBusyException => true,
        ConnectionFailedException or Orleans.Networking.Shared.SocketConnectionException => true,
        EnumerationAbortedException => true,

        // Two activations of one grain for a moment while the dead silo is evicted: the loser's write is refused.
        InconsistentStateException => true,
        ClientNotAvailableException => false,
        AggregateException { InnerExceptions.Count: 1 } aggregate => IsTransient(aggregate.InnerExceptions[0], callerToken),
        _ => false,
    };
}
