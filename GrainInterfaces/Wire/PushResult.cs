namespace OrleansPV.GrainInterfaces;

/// <summary>
/// The outcome of a batch of pushes: how many were applied, and the first rejection (its message names
/// proxy, property and reason). Messages after a rejected one in the same batch are still applied:
/// they are independent changes, as if sent one by one.
/// </summary>
[GenerateSerializer, Alias("opv.PushResult"), Immutable]
public sealed record PushResult(
    [property: Id(0)] ulong LastSequence,
    [property: Id(1)] int Applied,
    [property: Id(2)] IReadOnlyList<PushRejection> Rejections);

/// <summary>One rejected push: which message and why.</summary>
[GenerateSerializer, Alias("opv.PushRejection"), Immutable]
public sealed record PushRejection(
    [property: Id(0)] ulong ClientSequence,
    [property: Id(1)] ulong GlobalId,
    [property: Id(2)] string ErrorType,
    [property: Id(3)] string Message);
