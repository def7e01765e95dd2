using System.Runtime.CompilerServices;
using OrleansPV.Client.Collaboration;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Tests.Doubles;

/// <summary>
/// A session feed that plays one script per enumeration (changes to yield, then optionally an error),
/// records where each enumeration was asked to start, and once the scripts are used up waits, as the
/// real feed does when nothing new has happened.
/// </summary>
internal sealed class ScriptedChangeSource(params ScriptedChangeSource.Enumeration[] scripts) : IChangeSource
{
    private readonly Queue<Enumeration> _scripts = new(scripts);
    private readonly List<ulong> _startedAfter = [];

    public IReadOnlyList<ulong> StartedAfter
    {
        get
        {
            lock (_startedAfter)
            {
                return [.. _startedAfter];
            }
        }
    }

    public async IAsyncEnumerable<SessionChange> ChangesAsync(ulong afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Enumeration? script;
        lock (_startedAfter)
        {
            _startedAfter.Add(afterSequence);
            _scripts.TryDequeue(out script);
        }

        if (script is null)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            yield break;
        }

        if (script.StartWhen is { } start)
        {
            await start.WaitAsync(cancellationToken);
        }

        foreach (ulong sequence in script.Sequences)
        {
            yield return Change(sequence);
        }

        if (script.ThenThrow is { } error)
        {
            throw error;
        }
    }

    public static SessionChange Change(ulong sequence)
        => new(sequence, "other", new OrleansPV.GrainInterfaces.PushState(), Notice: null);

    /// <summary>
    /// One enumeration: the sequence numbers it yields once <paramref name="StartWhen"/> completes (null: at
    /// once), then the error it ends with (null: it ends, and the next script plays).
    /// </summary>
    internal sealed record Enumeration(ulong[] Sequences, Exception? ThenThrow = null, Task? StartWhen = null);
}
