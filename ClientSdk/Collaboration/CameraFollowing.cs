using OrleansPV.Client.Messaging;
using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Collaboration;

/// <summary>
/// ParaView's "follow the master's camera": views of this client that copy every camera change the
/// session's master client makes to another view, and push the copy.
/// </summary>
internal sealed class CameraFollowing(SessionRoster roster, PushPipeline pushes)
{
    private static readonly string[] CameraProperties = ["CameraPosition", "CameraFocalPoint", "CameraViewUp", "CameraViewAngle", "CameraParallelScale", "CameraParallelProjection"];
    private readonly Dictionary<Proxy, Proxy> _followers = [];
    private readonly Lock _gate = new();

    public void Follow(Proxy follower, Proxy leader)
    {
        ArgumentNullException.ThrowIfNull(follower);
        ArgumentNullException.ThrowIfNull(leader);
        SessionViews.RequireView(follower);
        SessionViews.RequireView(leader);
        if (follower == leader)
        {
            throw new SessionException($"{follower.Label} cannot follow its own camera.");
        }

        lock (_gate)
        {
            _followers[follower] = leader;
        }

        CopyCamera(leader, follower);
    }

    public void Stop(Proxy follower)
    {
        ArgumentNullException.ThrowIfNull(follower);
        lock (_gate)
        {
            _followers.Remove(follower);
        }
    }

    /// <summary>After another client's change is applied: copies a master's camera move to the views following it.</summary>
    public void OnRemoteChange(string senderClientId, ProxyState state)
    {
        if (senderClientId != roster.MasterClientId || !state.Properties.Any(p => CameraProperties.Contains(p.Name)))
        {
            return;
        }

        KeyValuePair<Proxy, Proxy>[] followers;
        lock (_gate)
        {
            followers = _followers.Where(f => f.Value.GlobalId == state.GlobalId || f.Value.SubProxies.GetValueOrDefault("ActiveCamera")?.GlobalId == state.GlobalId).ToArray();
        }

        foreach ((Proxy follower, Proxy leader) in followers)
        {
            CopyCamera(leader, follower);
        }
    }

    private void CopyCamera(Proxy leader, Proxy follower)
    {
        foreach (string name in CameraProperties)
        {
            PropertyValue value = leader.GetProperty(name).Value;
            follower.SetProperty(name, [.. value.Doubles.Length > 0 ? value.Doubles.Cast<object>() : value.Ints.Cast<object>()]);
        }

        // Not UpdateVTKObjects: in synchronous mode it would wait on the thread that applies changes.
        _ = pushes.PushProxyAsync(follower, CancellationToken.None);
    }
}
