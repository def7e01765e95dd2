using System.Diagnostics;
using Orleans.TestingHost;
using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.Cluster.Tests.RenderService;
using OrleansPV.GrainInterfaces;
using Xunit.Abstractions;

namespace OrleansPV.Cluster.Tests.Recovery;

/// <summary>
/// The silo holding a session's grain, its data service and its render service is killed mid-session
/// (no goodbye, as a crashed process or a lost machine): the session comes back on another silo from
/// blob storage with nothing lost, and the connected clients carry on with the same Session objects —
/// their dropped calls retried, their frame, progress and change streams resumed, a notice instead of
/// an exception.
/// </summary>
public sealed class SiloLossTests(RecoveryClusterFixture fixture, ITestOutputHelper output) : IClassFixture<RecoveryClusterFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Killing_the_silo_of_a_session_loses_nothing_and_its_clients_carry_on()
    {
        await using Connection adaConnection = fixture.Connect();
        await using Connection bobConnection = fixture.Connect();
        Session ada = await adaConnection.CreateSessionAsync("ada");
        Session bob = await bobConnection.JoinSessionAsync(ada.Id, "bob");

        // A pipeline with a view, a camera and an undo history.
        Proxy sphere = ada.CreateProxy("sources", "SphereSource");
        sphere.SetProperty("ThetaResolution", 24);
        ada.RegisterProxy("sources", "Sphere1", sphere);
        Proxy view = ada.CreateProxy("views", "RenderView");
        view.SetProperty("ViewSize", 320, 240);
        ada.RegisterProxy("views", "RenderView1", view);
        ada.Show(sphere, view);
        await view.ResetCameraAsync();
        view.SetProperty("CameraViewAngle", 25.0);
        view.UpdateVTKObjects();
        sphere.SetProperty("Radius", 2.0);
        sphere.UpdateVTKObjects();
        await ada.SynchronizeAsync();
        await bob.SynchronizeAsync();
        Frame before = await view.RenderAsync();

        Proxy bobView = bob.FindProxy("views", "RenderView1")!;
        await using FrameCollector bobFrames = FrameCollector.Start(bobView);
        await bobFrames.WaitForAsync(_ => true, Patience);
        await using ProgressWatcher adaProgress = await ProgressWatcher.StartAsync(ada);
        var bobChanges = new StreamRecorder<StateChange>(bob.ChangesAsync());
        var adaNotices = new StreamRecorder<RecoveryNotice>(ada.RecoveryNoticesAsync());

        SiloAddress sessionSilo = await fixture.Cluster.Client.GetGrain<ISessionGrain>(ada.Id).GetSiloAsync();
        Assert.Equal(sessionSilo, await fixture.Cluster.Client.GetGrain<IDataServiceGrain>(ada.Id).GetSiloAsync());
        Assert.Equal(sessionSilo, await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).GetActivationAddress(fixture.Cluster.Client.GetGrain<IRenderServiceGrain>(ada.Id)));
        ulong sequenceBefore = await fixture.Cluster.Client.GetGrain<ISessionGrain>(ada.Id).GetSequenceAsync();

        // The kill, and at once a change and a render: both meet the dead silo and are retried.
        Stopwatch sinceKill = Stopwatch.StartNew();
        await fixture.Cluster.KillSiloAsync(fixture.SiloAt(sessionSilo));
        sphere.SetProperty("PhiResolution", 16);
        sphere.UpdateVTKObjects();
        Frame after = await view.RenderAsync();
        TimeSpan answeredAgain = sinceKill.Elapsed;
        output.WriteLine($"Session answered again {answeredAgain.TotalMilliseconds:0} ms after its silo was killed (client ResponseTimeout {RecoveryClusterFixture.ClientResponseTimeout.TotalSeconds} s, fast membership eviction).");

        // Moved, and nothing lost: registrations, values, camera, the push made during the outage.
        SiloAddress newSilo = await fixture.Cluster.Client.GetGrain<ISessionGrain>(ada.Id).GetSiloAsync();
        Assert.NotEqual(sessionSilo, newSilo);
        await using Connection carolConnection = fixture.Connect();
        Session carol = await carolConnection.JoinSessionAsync(ada.Id, "carol");
        Proxy carolSphere = carol.FindProxy("sources", "Sphere1")!;
        Proxy carolView = carol.FindProxy("views", "RenderView1")!;
        Assert.Equal(["Sphere1", "RenderView1"], carol.RegisteredProxies.Where(r => r.Group is "sources" or "views").Select(r => r.Name));
        Assert.Equal(2.0, carolSphere.GetProperty("Radius").AsDouble());
        Assert.Equal(24, carolSphere.GetProperty("ThetaResolution").AsInt());
        Assert.Equal(16, carolSphere.GetProperty("PhiResolution").AsInt());
        AssertClose(view.GetProperty("CameraPosition").Value.Doubles, carolView.GetProperty("CameraPosition").Value.Doubles);
        Assert.Equal(25.0, carolView.GetProperty("CameraViewAngle").AsDouble());

        // The view renders as before, from the stored states, on the new silo.
        AssertClose(before.Camera.Position, after.Camera.Position);
        Assert.True(after.PipelineVersion > sequenceBefore, $"frame of version {after.PipelineVersion} after the push made during the outage (session was at {sequenceBefore})");

        // Streams resumed by themselves: bob's frames, his change feed (no gap, no duplicate), ada's progress.
        await bobFrames.WaitForAsync(f => f.IsStill && f.PipelineVersion > sequenceBefore, Patience);
        // Both clients reach what the session had accepted by now (each applies the feed at its own pace).
        ulong sessionSequence = await fixture.Cluster.Client.GetGrain<ISessionGrain>(ada.Id).GetSequenceAsync();
        await ada.SynchronizeAsync();
        await bob.SynchronizeAsync();
        Assert.True(ada.AppliedSequence >= sessionSequence && bob.AppliedSequence >= sessionSequence, $"session at {sessionSequence}, ada applied {ada.AppliedSequence}, bob {bob.AppliedSequence}");
        Assert.Equal(16, bob.FindProxy("sources", "Sphere1")!.GetProperty("PhiResolution").AsInt());
        // The change arrives as a notice after it is applied: wait for it rather than read the recorder at once.
        await bobChanges.WaitForAsync(c => c.GlobalId == sphere.GlobalId && c.Names.Contains("PhiResolution"), "change of the sphere's PhiResolution", Patience);
        IReadOnlyList<ulong> seen = [.. bobChanges.Items.Select(c => c.Sequence)];
        Assert.Equal(seen.Distinct().Order(), seen);
        sphere.SetProperty("StartTheta", 10.0);
        await sphere.UpdatePipelineAsync();
        await adaProgress.WaitForAsync(p => p.GlobalId == sphere.GlobalId && p.Kind == ProgressKind.Completed, Patience);

        // The caller was told, not thrown at.
        RecoveryNotice recovered = await adaNotices.WaitForAsync(n => n.Kind == RecoveryNoticeKind.Recovered, "Recovered notice", Patience);
        output.WriteLine($"Notices: {string.Join("; ", adaNotices.Items.Select(n => $"{n.Kind} {n.Operation} {n.Outage.TotalMilliseconds:0} ms"))}");
        Assert.Contains(adaNotices.Items, n => n.Kind == RecoveryNoticeKind.Interrupted);
        Assert.DoesNotContain(adaNotices.Items, n => n.Kind == RecoveryNoticeKind.GaveUp);
        Assert.True(recovered.Outage > TimeSpan.Zero);

        // The undo history survived: the outage's push, then the radius set before the kill.
        Assert.True(await ada.UndoAsync());
        Assert.True(await ada.UndoAsync());
        Assert.True(await ada.UndoAsync());
        await carol.SynchronizeAsync();
        Assert.Equal(0.5, carolSphere.GetProperty("Radius").AsDouble());
        Assert.Equal(8, carolSphere.GetProperty("PhiResolution").AsInt());
    }

    /// <summary>Equal to the last few bits (a camera's values pass through float and text on the way).</summary>
    private static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First, pair.Second, 9));
    }
}
