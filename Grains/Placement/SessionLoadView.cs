namespace OrleansPV.Grains.Placement;

/// <summary>
/// This silo's view of how many sessions each silo hosts: the count each silo last reported (polled by
/// <see cref="SessionLoadRefresher"/>) plus the sessions placed there that its count did not hold yet
/// (pending). A placement is pending from the moment any silo decides it — the placing silo tells every
/// other silo at once (<see cref="ISiloLoadGrain.NotePlacementAsync"/>) — until the target reports that
/// session active, so a session whose activation is still under way (its state being read) is never
/// forgotten by a poll, and sessions created one after another through different gateways see each
/// other's placements. A silo never heard of counts as empty, so a new silo takes new sessions at once.
/// </summary>
public sealed class SessionLoadView
{
    /// <summary>
    /// How long a placement stays pending without its target reporting the session active: longer than
    /// any activation takes; it only matters for one that failed, or that went elsewhere in a race.
    /// </summary>
    internal static readonly TimeSpan PendingLifetime = TimeSpan.FromSeconds(15);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<SiloAddress, int> _reported = [];
    private readonly Dictionary<GrainId, Pending> _pending = [];
    private SiloAddress? _draining;

    public SessionLoadView()
        : this(TimeProvider.System)
    {
    }

    internal SessionLoadView(TimeProvider time) => _time = time;

    /// <summary>True once this silo stopped taking sessions (it is shutting down).</summary>
    public bool IsDraining => Volatile.Read(ref _draining) is not null;

    /// <summary>Picks the least-loaded of <paramref name="candidates"/> (ties at random) for <paramref name="session"/> and counts it there.</summary>
    public SiloAddress Place(ReadOnlySpan<SiloAddress> candidates, GrainId session)
    {
        if (candidates.IsEmpty)
        {
            throw new SiloUnavailableException("No active silo can host a session.");
        }

        lock (_gate)
        {
            // A session placed again (its activation went away, or it migrates) is counted only where it goes now.
            _pending.Remove(session);
            SiloAddress best = candidates[0];
            int bestLoad = int.MaxValue, ties = 0;
            foreach (SiloAddress silo in candidates)
            {
                if (silo.Equals(_draining) && candidates.Length > 1)
                {
                    continue;
                }

                int load = EstimateLocked(silo);
                if (load < bestLoad)
                {
                    (best, bestLoad, ties) = (silo, load, 1);
                }
                else if (load == bestLoad && Random.Shared.Next(++ties) == 0)
                {
                    best = silo;
                }
            }

            _pending[session] = new Pending(best, _time.GetTimestamp());
            return best;
        }
    }

    /// <summary>Another silo placed <paramref name="session"/> on <paramref name="silo"/>: counted there until its count holds it.</summary>
    public void NotePlacement(SiloAddress silo, GrainId session)
    {
        lock (_gate)
        {
            _pending[session] = new Pending(silo, _time.GetTimestamp());
        }
    }

    /// <summary>True if <paramref name="silo"/> is stopping: this silo (<paramref name="local"/>) draining, or another that reported itself so.</summary>
    public bool IsDrainingSilo(SiloAddress silo, SiloAddress local)
    {
        if (silo.Equals(local))
        {
            return IsDraining;
        }

        lock (_gate)
        {
            return _reported.GetValueOrDefault(silo) >= SiloLoadGrain.Draining;
        }
    }

    /// <summary>This silo (shutting down) takes no more sessions; the others learn it at their next poll (<see cref="ISiloLoadGrain"/>).</summary>
    public void BeginDrain(SiloAddress local) => Volatile.Write(ref _draining, local);

    /// <summary>The sessions <paramref name="silo"/> is thought to host now.</summary>
    public int Estimate(SiloAddress silo)
    {
        lock (_gate)
        {
            return EstimateLocked(silo);
        }
    }

    /// <summary>The sessions placed on <paramref name="silo"/> that its last report did not hold: the next poll asks about them.</summary>
    public GrainId[] PendingOn(SiloAddress silo)
    {
        lock (_gate)
        {
            return [.. _pending.Where(p => p.Value.Silo.Equals(silo)).Select(p => p.Key)];
        }
    }

    /// <summary>
    /// A silo's own count replaces the estimate; of the pending sessions the poll asked about, those it
    /// hosts are in that count now, the others stay pending (still activating) until <see cref="PendingLifetime"/>.
    /// </summary>
    public void Report(SiloAddress silo, SiloLoad load)
    {
        ArgumentNullException.ThrowIfNull(load);
        lock (_gate)
        {
            _reported[silo] = load.Sessions;
            foreach (GrainId session in load.Hosted)
            {
                if (_pending.TryGetValue(session, out Pending pending) && pending.Silo.Equals(silo))
                {
                    _pending.Remove(session);
                }
            }

            foreach (GrainId expired in _pending.Where(p => _time.GetElapsedTime(p.Value.At) > PendingLifetime).Select(p => p.Key).ToList())
            {
                _pending.Remove(expired);
            }
        }
    }

    /// <summary>Forgets silos no longer in the cluster.</summary>
    public void Retain(IReadOnlySet<SiloAddress> active)
    {
        lock (_gate)
        {
            foreach (SiloAddress silo in _reported.Keys.Where(s => !active.Contains(s)).ToList())
            {
                _reported.Remove(silo);
            }

            foreach (GrainId gone in _pending.Where(p => !active.Contains(p.Value.Silo)).Select(p => p.Key).ToList())
            {
                _pending.Remove(gone);
            }
        }
    }

    private int EstimateLocked(SiloAddress silo)
    {
        int pending = 0;
        foreach (Pending placement in _pending.Values)
        {
            if (placement.Silo.Equals(silo))
            {
                pending++;
            }
        }

        return _reported.GetValueOrDefault(silo) + pending;
    }

    private readonly record struct Pending(SiloAddress Silo, long At);
}
