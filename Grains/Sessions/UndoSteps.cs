using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

/// <summary>Builds the redo and undo messages of accepted changes from the state messages themselves.</summary>
internal static class UndoSteps
{
    /// <summary>A property change undoes to the previous values; a creation undoes to a deletion.</summary>
    public static UndoStep ForProxy(PushState message, ProxyApplyResult result)
    {
        ulong globalId = message.Proxy.GlobalId;
        if (result.Created)
        {
            var delete = new ProxyManagerChange();
            delete.Deleted.Add(globalId);
            return new UndoStep([Push(Recreation(result.After))], [Push(delete)]);
        }

        return new UndoStep([message.Clone()], [Push(result.Before)]);
    }

    /// <summary>Registrations undo to unregistrations and back; a deletion undoes to re-creation and re-registration.</summary>
    public static UndoStep ForProxyManager(PushState message, IReadOnlyList<ProxyState> deleted, IReadOnlyList<Registration> lostRegistrations)
    {
        ProxyManagerChange change = message.ProxyManager;
        var inverse = new List<PushState>(deleted.Count + 1);
        inverse.AddRange(deleted.Select(state => Push(Recreation(state))));
        var registrations = new ProxyManagerChange();
        registrations.Registered.AddRange(change.Unregistered.Select(r => r.Clone()));
        registrations.Registered.AddRange(lostRegistrations);
        registrations.Unregistered.AddRange(change.Registered.Select(r => r.Clone()));
        inverse.Add(Push(registrations));
        return new UndoStep([message.Clone()], inverse);
    }

    /// <summary>The first push that creates a proxy again with all its values.</summary>
    private static ProxyState Recreation(ProxyState state)
    {
        ProxyState copy = state.Clone();
        copy.Version = 0;
        return copy;
    }

    private static PushState Push(ProxyState state) => new() { Header = new MessageHeader { GlobalId = state.GlobalId }, Proxy = state };

    private static PushState Push(ProxyManagerChange change) => new() { Header = new MessageHeader { GlobalId = 1 }, ProxyManager = change };
}
