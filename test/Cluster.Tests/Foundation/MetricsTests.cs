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
}
