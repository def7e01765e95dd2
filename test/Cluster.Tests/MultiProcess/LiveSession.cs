using System.Diagnostics;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.MultiProcess;

/// <summary>
/// One user's session with a pipeline and a view (sphere → render view), a second participant joined to
/// it, and the values set so far: what a silo loss must not lose.
/// </summary>
public sealed class LiveSession
{
    private readonly Session _owner;
    private readonly Proxy _sphere;
    private readonly Proxy _view;
    private int _resolution = 8;

    private LiveSession(Session owner, Session guest, Proxy sphere, Proxy view)
    {
        _owner = owner;
        Guest = guest;
        _sphere = sphere;
        _view = view;
    }

    public string Id => _owner.Id;

    public Session Guest { get; }

    public static async Task<LiveSession> StartAsync(Connection owner, Connection guest, string user)
    {
        // Clients silent past the session's ClientTimeout are removed; on this shared 2-core machine a
        // recovering session's turns (storage reads, re-execution) can hold heartbeats back for longer
        // than the 10 s default, which is not what these tests are about.
        Session session = await owner.CreateSessionAsync(user, new SessionOptions { ClientTimeout = TimeSpan.FromMinutes(1) });
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        session.RegisterProxy("sources", "Sphere1", sphere);
        Proxy view = session.CreateProxy("views", "RenderView");
        session.RegisterProxy("views", "RenderView1", view);
        session.Show(sphere, view);
        var live = new LiveSession(session, await guest.JoinSessionAsync(session.Id, "guest"), sphere, view);
        await live.ChangeAndRenderAsync();
        return live;
    }

    /// <summary>A property change, an update and a render: the session's whole path, through the SDK as a user drives it.</summary>
    public async Task<TimeSpan> ChangeAndRenderAsync()
    {
        long started = Stopwatch.GetTimestamp();
        _resolution++;
        _sphere.SetProperty("ThetaResolution", _resolution);
        _sphere.UpdateVTKObjects();
        DataInformation info = await _sphere.UpdatePipelineAsync();
        Assert.True(info.NumberOfPoints > 0, $"Session {Id}: the sphere's update at ThetaResolution {_resolution} returned {info.NumberOfPoints} points.");
        Frame frame = await _view.RenderAsync();
        Assert.True(frame.Width > 0, $"Session {Id}: the render returned a {frame.Width} x {frame.Height} frame.");
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>The second participant still sees every value set (nothing lost), once its replica caught up.</summary>
    public async Task AssertNothingLostAsync()
    {
        await _owner.FlushAsync();
        await Guest.SynchronizeAsync();
        Proxy replica = Guest.FindProxy("sources", "Sphere1") ?? throw new InvalidOperationException($"Session {Id}: the guest lost Sphere1.");
        Assert.Equal(_resolution, replica.GetProperty("ThetaResolution").AsInt());
        Assert.NotNull(Guest.FindProxy("views", "RenderView1"));
    }
}
