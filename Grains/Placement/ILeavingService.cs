namespace OrleansPV.Grains.Placement;

/// <summary>
/// A session service that a stopping silo deactivates after its session moved (see
/// <see cref="SessionServiceActivations"/>): before that, it gives up whatever waits for its session,
/// so the deactivation, which waits for running calls, is not held back by a call waiting for
/// notices the moved session now sends elsewhere.
/// </summary>
public interface ILeavingService
{
    /// <summary>Ends the waits for the session (their callers send them again, to the next activation). Thread-safe.</summary>
    void Leave();
}
