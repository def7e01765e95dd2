using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

/// <summary>Applies a proxy-manager change to a session's registrations, all or nothing.</summary>
internal static class ProxyManagerEditor
{
    public static void Apply(SessionGrainState state, ProxyManagerChange change, string sessionId)
    {
        foreach (Registration registration in change.Registered)
        {
            if (string.IsNullOrEmpty(registration.Group) || string.IsNullOrEmpty(registration.Name))
            {
                throw new ProtocolException($"Session '{sessionId}': a registration needs a group and a name.");
            }

            if (!state.Proxies.Contains(registration.GlobalId))
            {
                throw new SessionException($"Session '{sessionId}': cannot register {registration.Group}/{registration.Name}: proxy {registration.GlobalId} was never pushed.");
            }

            Registration? existing = state.Registrations.Find(r => r.Group == registration.Group && r.Name == registration.Name);
            if (existing is not null && existing.GlobalId != registration.GlobalId)
            {
                throw new SessionException($"Session '{sessionId}': {registration.Group}/{registration.Name} is already registered to proxy {existing.GlobalId}.");
            }
        }

        foreach (Registration registration in change.Unregistered)
        {
            if (!state.Registrations.Any(r => Same(r, registration)))
            {
                throw new SessionException($"Session '{sessionId}': {registration.Group}/{registration.Name} is not registered to proxy {registration.GlobalId}.");
            }
        }

        foreach (ulong deleted in change.Deleted)
        {
            if (!state.Proxies.Contains(deleted))
            {
                throw new SessionException($"Session '{sessionId}' holds no proxy {deleted} to delete.");
            }
        }

        state.Registrations.RemoveAll(r => change.Unregistered.Any(u => Same(r, u)) || change.Deleted.Contains(r.GlobalId));
        state.Proxies.ExceptWith(change.Deleted);
        foreach (Registration registration in change.Registered)
        {
            if (!state.Registrations.Any(r => Same(r, registration)))
            {
                state.Registrations.Add(registration.Clone());
            }
        }
    }

    private static bool Same(Registration a, Registration b) => a.Group == b.Group && a.Name == b.Name && a.GlobalId == b.GlobalId;
}
