using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Collaboration;

/// <summary>The session's accepted changes, in order, after a given sequence number.</summary>
internal interface IChangeSource
{
    IAsyncEnumerable<SessionChange> ChangesAsync(ulong afterSequence, CancellationToken cancellationToken);
}
