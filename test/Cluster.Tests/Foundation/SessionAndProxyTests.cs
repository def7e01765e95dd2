using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;

namespace OrleansPV.Cluster.Tests.Foundation;

[Collection(ClusterCollection.Name)]
public sealed class SessionAndProxyTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_new_proxy_reads_its_XML_defaults_before_anything_is_set()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");

        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");

        Assert.Equal([-10, 10, -10, 10, -10, 10], wavelet.GetProperty("WholeExtent").AsInts());
        Assert.Equal(8, sphere.GetProperty("ThetaResolution").AsInt());
        Assert.Equal(0.5, sphere.GetProperty("Radius").AsDouble());
    }

    [Fact]
    public async Task A_joining_client_reads_the_same_registrations_and_values()
    {
        await using Connection ada = await fixture.ConnectAsync(siloIndex: 0);
        await using Connection bob = await fixture.ConnectAsync(siloIndex: 1);
        Session session = await ada.CreateSessionAsync("ada");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        wavelet.SetProperty("WholeExtent", -32, 31, -32, 31, -32, 31);
        Proxy contour = session.CreateProxy("filters", "Contour");
        contour.SetInput("Input", wavelet);
        contour.SetProperty("ContourBy", "POINTS", "RTData");
        contour.SetProperty("ContourValues", 157.0);
        wavelet.UpdateVTKObjects();
        contour.UpdateVTKObjects();
        session.RegisterProxy("sources", "Wavelet1", wavelet);
        session.RegisterProxy("sources", "Contour1", contour);
        await session.FlushAsync();

        Session joined = await bob.JoinSessionAsync(session.Id, "bob");

        Proxy? wavelet2 = joined.FindProxy("sources", "Wavelet1");
        Proxy? contour2 = joined.FindProxy("sources", "Contour1");
        Assert.NotNull(wavelet2);
        Assert.NotNull(contour2);
        Assert.Equal(wavelet.GlobalId, wavelet2.GlobalId);
        Assert.Equal([-32, 31, -32, 31, -32, 31], wavelet2.GetProperty("WholeExtent").AsInts());
        Assert.Equal([157.0], contour2.GetProperty("Isosurfaces").AsDoubles());
        Assert.Equal(["0", "0", "0", "0", "RTData"], contour2.GetProperty("SelectInputScalars").AsStrings());
        Assert.Same(wavelet2, contour2.GetProperty("Input").AsProxy());
        Assert.Equal(
            session.RegisteredProxies.Select(r => (r.Group, r.Name, r.Proxy.GlobalId)),
            joined.RegisteredProxies.Select(r => (r.Group, r.Name, r.Proxy.GlobalId)));
    }

    [Fact]
    public async Task Joining_a_session_that_does_not_exist_names_the_session()
    {
        await using Connection connection = await fixture.ConnectAsync();

        SessionException error = await Assert.ThrowsAsync<SessionException>(() => connection.JoinSessionAsync("no-such-session", "bob"));

        Assert.Contains("no-such-session", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_a_taken_name_is_refused_and_the_first_registration_stays()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy first = session.CreateProxy("sources", "SphereSource");
        Proxy second = session.CreateProxy("sources", "ConeSource");
        session.RegisterProxy("sources", "Shape", first);

        SessionException error = Assert.Throws<SessionException>(() => session.RegisterProxy("sources", "Shape", second));

        Assert.Contains("sources/Shape", error.Message, StringComparison.Ordinal);
        Assert.Same(first, session.FindProxy("sources", "Shape"));
    }

    [Fact]
    public async Task A_value_only_the_cluster_refuses_is_reported_by_the_next_awaited_call()
    {
        await using Connection connection = await fixture.ConnectAsync(1);
        Session session = await connection.CreateSessionAsync("bob");
        LoosenSphereLocally(connection);
        Proxy sphere = session.CreateProxy("sources", "SphereSource");

        // Valid for this client's (local) definition, below the minimum the cluster's definition sets.
        sphere.SetProperty("ThetaResolution", 2);
        sphere.UpdateVTKObjects();

        PropertyValueException error = await Assert.ThrowsAsync<PropertyValueException>(() => session.FlushAsync());
        Assert.Contains("ThetaResolution", error.Message, StringComparison.Ordinal);
        await session.FlushAsync();
    }

    [Fact]
    public async Task Synchronous_mode_throws_a_rejected_push_at_the_call_that_made_it()
    {
        await using Connection connection = await fixture.ConnectAsync(1, synchronous: true);
        Session session = await connection.CreateSessionAsync("bob");
        LoosenSphereLocally(connection);
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        sphere.SetProperty("ThetaResolution", 2);

        Assert.Throws<PropertyValueException>(() => sphere.UpdateVTKObjects());
        await session.FlushAsync();
    }

    private static void LoosenSphereLocally(Connection connection) => connection.Definitions.Load(
        """
        <ServerManagerConfiguration>
          <ProxyGroup name="sources">
            <SourceProxy name="SphereSource" class="vtkSphereSource">
              <IntVectorProperty name="ThetaResolution" command="SetThetaResolution" number_of_elements="1" default_values="8">
                <IntRangeDomain name="range" min="1" />
              </IntVectorProperty>
            </SourceProxy>
          </ProxyGroup>
        </ServerManagerConfiguration>
        """,
        "loose-sphere.xml");
}
