using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

public sealed partial class Session
{
    private static readonly string[] CameraProperties = ["CameraPosition", "CameraFocalPoint", "CameraViewUp", "CameraViewAngle", "CameraParallelScale", "CameraParallelProjection"];
    private readonly Dictionary<Proxy, Proxy> _cameraFollowers = [];

    /// <summary>
    /// ParaView's "follow the master's camera": from now on, every camera change the session's master
    /// client makes to <paramref name="leader"/> is copied to <paramref name="follower"/> (typically this
    /// client's own view of the same pipeline) and pushed, so its frames show what the master sees. The
    /// leader's current camera is copied at once. Changes by other clients, and by this one, are not
    /// followed; mastership moving to another client moves whom the view follows.
    /// </summary>
    public void FollowMasterCamera(Proxy follower, Proxy leader)
    {
        ArgumentNullException.ThrowIfNull(follower);
        ArgumentNullException.ThrowIfNull(leader);
        RequireView(follower);
        RequireView(leader);
        if (follower == leader)
        {
            throw new SessionException($"{follower.Label} cannot follow its own camera.");
        }

        lock (_gate)
        {
            _cameraFollowers[follower] = leader;
        }

        CopyCamera(leader, follower);
    }

    /// <summary>Stops <paramref name="follower"/> following a master's camera (its camera stays where it is).</summary>
    public void StopFollowingCamera(Proxy follower)
    {
        ArgumentNullException.ThrowIfNull(follower);
        lock (_gate)
        {
            _cameraFollowers.Remove(follower);
        }
    }

    /// <summary>After another client's change is applied: copies a master's camera move to the views following it.</summary>
    private void FollowCamera(string senderClientId, ProxyState state)
    {
        if (senderClientId != MasterClientId || !state.Properties.Any(p => CameraProperties.Contains(p.Name)))
        {
            return;
        }

        KeyValuePair<Proxy, Proxy>[] followers;
        lock (_gate)
        {
            followers = _cameraFollowers.Where(f => f.Value.GlobalId == state.GlobalId || f.Value.SubProxies.GetValueOrDefault("ActiveCamera")?.GlobalId == state.GlobalId).ToArray();
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
        _ = PushProxyAsync(follower, CancellationToken.None);
    }
}
