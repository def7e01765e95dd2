using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Messaging;

/// <summary>What became of one push: applied, rejected by the cluster (with its reason), or not delivered.</summary>
internal sealed record PushOutcome(bool Succeeded, PushRejection? Rejection, Exception? Failure)
{
    public static PushOutcome Success { get; } = new(true, null, null);

    public static PushOutcome Rejected(PushRejection rejection) => new(false, rejection, null);

    public static PushOutcome Failed(Exception failure) => new(false, null, failure);

    public Exception ToException() => Failure ?? RemoteErrors.ToException(Rejection!);
}
