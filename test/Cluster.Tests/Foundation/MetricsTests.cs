using System.Diagnostics.Metrics;
using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;

namespace OrleansPV.Cluster.Tests.Foundation;

[Collection(ClusterCollection.Name)]
public sealed class MetricsTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Accepted_pushes_and_executions_are_recorded_on_the_grains_meter()
    {
        long accepted = 0, executions = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "OrleansPV.Grains")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "opv.session.pushes.accepted")
            {
                Interlocked.Add(ref accepted, value);
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, _, _, _) =>
        {
            if (instrument.Name == "opv.dataservice.execution.duration")
            {
                Interlocked.Increment(ref executions);
            }
        });
        listener.Start();
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");

        await sphere.UpdatePipelineAsync();

        Assert.True(Interlocked.Read(ref accepted) >= 1);
        Assert.True(Interlocked.Read(ref executions) >= 1);
    }

    [Fact]
    public async Task A_change_handed_to_a_waiting_collaborator_records_its_fan_out_latency()
    {
        var latencies = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "OrleansPV.Grains" && instrument.Name == "opv.session.fanout.latency")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (latencies)
            {
                latencies.Add(value);
            }
        });
        listener.Start();
        await using Connection ada = await fixture.ConnectAsync(0);
        await using Connection bob = await fixture.ConnectAsync(1);
        Session adaSession = await ada.CreateSessionAsync("ada");
        Session bobSession = await bob.JoinSessionAsync(adaSession.Id, "bob");
        await bobSession.SynchronizeAsync();

        Proxy sphere = adaSession.CreateProxy("sources", "SphereSource");
        adaSession.RegisterProxy("sources", "Sphere1", sphere);
        await adaSession.FlushAsync();
        await bobSession.SynchronizeAsync();

        lock (latencies)
        {
            Assert.NotEmpty(latencies);
            Assert.All(latencies, latency => Assert.True(double.IsFinite(latency) && latency >= 0, $"fan-out latency {latency}"));
        }
    }
}
