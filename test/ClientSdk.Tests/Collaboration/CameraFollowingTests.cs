using OrleansPV.Client.Tests.Doubles;
using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Tests.Collaboration;

/// <summary>A view of this client following the master's camera: whose moves it copies, and that it pushes the copy.</summary>
public sealed class CameraFollowingTests : IAsyncLifetime
{
    private static readonly ClientInfo[] Clients = [new(ClientHarness.ClientId, "alice"), new(ClientHarness.OtherClientId, "bob")];
    private readonly ClientHarness _client = ClientHarness.Join();

    private Session Session => _client.Session;

    [Fact]
    public async Task The_masters_camera_moves_are_copied_to_the_follower_and_pushed_and_others_moves_are_not()
    {
        Proxy leader = Session.CreateProxy("views", "RenderView");
        Proxy follower = Session.CreateProxy("views", "RenderView");
        Session.RegisterProxy("views", "Leader", leader);
        Session.RegisterProxy("views", "Follower", follower);
        MakeMaster(ClientHarness.OtherClientId);
        await Session.SynchronizeAsync();

        Session.FollowMasterCamera(follower, leader);
        CameraMove(leader, 1.0, 2.0, 3.0);
        await Session.SynchronizeAsync();

        Assert.Equal([1.0, 2.0, 3.0], follower.GetProperty("CameraPosition").AsDoubles());
        Assert.Contains(_client.Transport.Pushes.Messages, m => m.Proxy?.GlobalId == follower.SubProxies["ActiveCamera"].GlobalId
            && m.Proxy.Properties.Any(p => p.Name == "CameraPosition" && p.Doubles.SequenceEqual([1.0, 2.0, 3.0])));

        // The other client is no longer master: its moves reach the leader only.
        MakeMaster(ClientHarness.ClientId);
        CameraMove(leader, 4.0, 5.0, 6.0);
        await Session.SynchronizeAsync();

        Assert.Equal([4.0, 5.0, 6.0], leader.GetProperty("CameraPosition").AsDoubles());
        Assert.Equal([1.0, 2.0, 3.0], follower.GetProperty("CameraPosition").AsDoubles());
    }

    [Fact]
    public void Only_views_can_follow_and_a_view_cannot_follow_itself()
    {
        Proxy view = Session.CreateProxy("views", "RenderView");
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");

        Assert.Equal($"SphereSource({sphere.GlobalId}) is a 'sources' proxy, not a view.", Assert.Throws<SessionException>(() => Session.FollowMasterCamera(sphere, view)).Message);
        Assert.Equal($"RenderView({view.GlobalId}) cannot follow its own camera.", Assert.Throws<SessionException>(() => Session.FollowMasterCamera(view, view)).Message);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _client.DisposeAsync();

    private void MakeMaster(string clientId)
        => _client.Transport.Append(s => new SessionChange(s, "", new PushState(), new SessionNotice(SessionNoticeKind.MasterChanged, Clients[0], "", DateTimeOffset.UnixEpoch, Clients, clientId)));

    /// <summary>The other client moves <paramref name="view"/>'s camera (its ActiveCamera sub-proxy holds it).</summary>
    private void CameraMove(Proxy view, params double[] position)
    {
        Proxy camera = view.SubProxies["ActiveCamera"];
        var state = new ProxyState { GlobalId = camera.GlobalId, XmlGroup = camera.Group, XmlName = camera.XmlName };
        state.Properties.Add(PropertyStates.FromValue("CameraPosition", PropertyValue.OfDoubles(position)));
        _client.Transport.Append(ClientHarness.OtherClientId, new PushState { Header = new MessageHeader { ClientId = ClientHarness.OtherClientId, GlobalId = camera.GlobalId }, Proxy = state });
    }
}
