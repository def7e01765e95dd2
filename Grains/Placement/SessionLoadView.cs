namespace OrleansPV.Grains.Placement;

/// <summary>
/// This silo's view of how many sessions each silo hosts: the count each silo last reported (polled by
/// <see cref="SessionLoadRefresher"/>) plus the sessions this silo placed there since. Counting its own
/// placements at once keeps a burst of new sessions from all landing on the silo that looked emptiest
/// at the last poll; a silo never heard of counts as empty, so a new silo takes new sessions at once.
/// </summary>
public sealed class SessionLoadView
{
    private readonly Lock _gate = new();
    private readonly Dictionary<SiloAddress, int> _reported = [];
    private readonly Dictionary<SiloAddress, int> _placedSince = [];
    private SiloAddress? _draining;

    /// <summary>True once this silo stopped taking sessions (it is shutting down).</summary>
    public bool IsDraining => Volatile.Read(ref _draining) is not null;

    /// <summary>Picks the least-loaded of <paramref name="candidates"/> (ties at random) and counts the placement.</summary>
    public SiloAddress Place(ReadOnlySpan<SiloAddress> candidates)
    {
        if (candidates.IsEmpty)
        {
            throw new SiloUnavailableException("No active silo can host a session.");
        }

        lock (_gate)
        {
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

            _placedSince[best] = _placedSince.GetValueOrDefault(best) + 1;
            return best;
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

    /// <summary>A silo's own count replaces the estimate (the placements counted since are in it, or failed).</summary>
    public void Report(SiloAddress silo, int sessions)
    {
        lock (_gate)
        {
            _reported[silo] = sessions;
            _placedSince.Remove(silo);
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
                _placedSince.Remove(silo);
            }
        }
    }

    private int EstimateLocked(SiloAddress silo) => _reported.GetValueOrDefault(silo) + _placedSince.GetValueOrDefault(silo);
}
