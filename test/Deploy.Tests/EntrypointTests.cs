using System.Globalization;
using System.Net;
using k8s.Models;
using OrleansPV.TestUtilities.Servers;

namespace OrleansPV.Deploy.Tests;

/// <summary>The image's entrypoint, published with the Dockerfile's command, run with the Deployment's environment.</summary>
public sealed class EntrypointTests : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly Dockerfile _dockerfile = Dockerfile.Read();
    private readonly string _folder = Directory.CreateTempSubdirectory("orleanspv-publish-").FullName;
    private RedisServer _redis = null!;
    private AzuriteServer _azurite = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _azurite = await AzuriteServer.StartAsync();
        await PublishedSilo.PublishAsync(_dockerfile, _folder);
    }

    public async Task DisposeAsync()
    {
        await _azurite.DisposeAsync();
        await _redis.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_entrypoint_serves_every_probe_the_manifest_names_and_metrics_and_turns_unready_on_SIGTERM()
    {
        Assert.Equal("1654", _dockerfile.User);
        Assert.True(File.Exists(Path.Combine(_folder, _dockerfile.Entrypoint[^1])), $"The entrypoint runs {_dockerfile.Entrypoint[^1]}, which the publish did not produce.");

        Dictionary<string, string> environment = SiloEnvironment.Resolve(new Dictionary<string, string>
        {
            ["status.podIP"] = "127.0.0.1",
            ["metadata.labels['orleans/serviceId']"] = Manifests.Silo.Spec.Template.Metadata.Labels["orleans/serviceId"],
            ["metadata.labels['orleans/clusterId']"] = Manifests.Silo.Spec.Template.Metadata.Labels["orleans/clusterId"],
        });
        // What differs outside a pod: free loopback ports, this test's servers, and no Kubernetes API to watch.
        environment["Silo__SiloPort"] = Port();
        environment["Silo__GatewayPort"] = Port();
        environment["Web__Port"] = Port();
        environment["Web__ListenAddress"] = "127.0.0.1";
        environment["Clustering__Redis__ConnectionString"] = _redis.ConnectionString;
        environment["Storage__AzureBlob__ConnectionString"] = _azurite.ConnectionString;
        environment["Kubernetes__Enabled"] = "false";

        await using PublishedSilo silo = PublishedSilo.Start(_dockerfile, _folder, environment);
        string gateway = await silo.ReadyAsync(StartTimeout);
        Assert.Equal($"orleans://127.0.0.1:{environment["Silo__GatewayPort"]}", gateway);

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{silo.WebPort}") };
        V1Container container = Manifests.SiloContainer;
        foreach (V1Probe probe in new[] { container.StartupProbe, container.ReadinessProbe, container.LivenessProbe })
        {
            using HttpResponseMessage answer = await http.GetAsync(new Uri(probe.HttpGet.Path, UriKind.Relative));
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{probe.HttpGet.Path}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        }

        string metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Contains("opv_sessions_active", metrics, StringComparison.Ordinal);

        // SIGTERM (a pod deleted): readiness answers 503 at once, the silo then stops by itself, cleanly.
        ProcessSignals.Terminate(silo.ProcessId);
        HttpStatusCode status;
        do
        {
            using HttpResponseMessage answer = await http.GetAsync(new Uri(container.ReadinessProbe.HttpGet.Path, UriKind.Relative));
            status = answer.StatusCode;
        }
        while (status == HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        TimeSpan shutdown = TimeSpan.Parse(environment["Shutdown__Timeout"], CultureInfo.InvariantCulture);
        await silo.WaitForExitAsync(shutdown + TimeSpan.FromSeconds(30));
        Assert.True(silo.ExitCode == 0, $"The silo exited with {silo.ExitCode}:{Environment.NewLine}{silo.Output}");
    }

    private static string Port() => TestTools.FreeLoopbackPort().ToString(CultureInfo.InvariantCulture);
}
