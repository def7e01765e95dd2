using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Orleans.Hosting;
using OrleansPV.Benchmarks.Harness;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains;
using OrleansPV.TestUtilities.Servers;

namespace OrleansPV.Benchmarks.Durability;

/// <summary>
/// Durable storage: push round trip p50/p99 and fire-and-forget pushes/s with Orleans' memory storage
/// (the silo host's default) and with Azure Blob storage on a real Azurite (npm azurite 3.37, on this
/// machine); the blob writes and bytes each push costs; the bytes an idle typical session keeps; and
/// the stored states' sizes and times with Orleans' binary serializer and the provider's default JSON.
/// </summary>
internal sealed class DurableStorageBenchmark : IBenchmarkSuite
{
    private const string Container = "orleanspv-bench";

    public string Name => "durable";

    public string Description => "push p50/p99 and pushes/s, memory vs blob storage (Azurite); blob bytes per push and per idle session; serializers";

    public async Task RunAsync(string[] args)
    {
        int roundTrips = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000;
        int pushes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5_000;
        await using AzuriteServer azurite = await AzuriteServer.StartAsync();
        var counter = new WrittenBytes();
        var serializers = new SerializerComparison();

        Console.WriteLine($"| storage | push round trip p50 | p99 | fire-and-forget pushes/s | blob writes per push | bytes written per push |");
        Console.WriteLine("|---|---|---|---|---|---|");
        await MeasureAsync("Memory", new OrleansPVStorageOptions(), null, roundTrips, pushes, serializers);
        OrleansPVStorageOptions blob = new() { Provider = StorageProvider.AzureBlob, AzureBlob = { ConnectionString = azurite.ConnectionString, ContainerName = Container } };
        IdleSession idle = await MeasureAsync("AzureBlob (Azurite)", blob, counter, roundTrips, pushes, null);

        Console.WriteLine();
        Console.WriteLine($"a typical session at rest (wavelet, contour, view, display, colour map; all stored): {idle.Bytes:N0} bytes in {idle.Blobs} blobs");
        Console.WriteLine();
        serializers.Print();
    }

    private static async Task<IdleSession> MeasureAsync(string label, OrleansPVStorageOptions storage, WrittenBytes? counter, int roundTrips, int pushes, SerializerComparison? serializers)
    {
        var options = new BuiltinConnectionOptions
        {
            ConfigureBuiltinSilo = silo =>
            {
                // builtin:// keeps state in its process; the suite compares the silo host's two stores.
                silo.AddMemoryGrainStorage(StorageProviders.State);
                silo.AddOrleansPVStorage(storage, client => client.AddPolicy(counter ?? new WrittenBytes(), HttpPipelinePosition.PerCall));
                serializers?.RunInside(silo);
            },
        };
        await using Connection connection = await Connection.ConnectAsync("builtin://", options);
        Session session = await connection.CreateSessionAsync("bench");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        await sphere.UpdateVTKObjectsAsync();
        await RoundTripsAsync(sphere, Math.Max(50, roundTrips / 10));

        (long writesBefore, long bytesBefore) = (counter?.Writes ?? 0, counter?.Bytes ?? 0);
        double[] latencies = await RoundTripsAsync(sphere, roundTrips);
        (long writes, long bytes) = ((counter?.Writes ?? 0) - writesBefore, (counter?.Bytes ?? 0) - bytesBefore);
        double perSecond = await ThroughputAsync(session, sphere, pushes);
        Array.Sort(latencies);
        string perPush = counter is null ? "–" : $"{(double)writes / roundTrips:F2}";
        string bytesPerPush = counter is null ? "–" : $"{(double)bytes / roundTrips:N0}";
        Console.WriteLine($"| {label} | {Statistics.Milliseconds(Statistics.Percentile(latencies, 50))} | {Statistics.Milliseconds(Statistics.Percentile(latencies, 99))} | {perSecond:N0} | {perPush} | {bytesPerPush} |");
        return counter is null ? new IdleSession(0, 0) : await IdleSessionAsync(connection, storage.AzureBlob.ConnectionString);
    }

    private static async Task<double[]> RoundTripsAsync(Proxy sphere, int count)
    {
        var samples = new double[count];
        for (int i = 0; i < count; i++)
        {
            long start = Stopwatch.GetTimestamp();
            sphere.SetProperty("Radius", 1.0 + (i % 100));
            sphere.UpdateVTKObjects();
            await sphere.UpdatePropertyInformationAsync();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return samples;
    }

    private static async Task<double> ThroughputAsync(Session session, Proxy sphere, int count)
    {
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < count; i++)
        {
            sphere.SetProperty("ThetaResolution", 3 + (i % 1000));
            sphere.UpdateVTKObjects();
        }

        await session.FlushAsync();
        return count / clock.Elapsed.TotalSeconds;
    }

    /// <summary>A typical session built and measured in the container: its snapshot, log and undo chunks, its proxies (the blobs it added).</summary>
    private static async Task<IdleSession> IdleSessionAsync(Connection connection, string connectionString)
    {
        BlobContainerClient container = new BlobServiceClient(connectionString).GetBlobContainerClient(Container);
        HashSet<string> before = [.. (await ListAsync(container)).Select(b => b.Name)];
        Session session = await connection.CreateSessionAsync("idle");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        wavelet.SetProperty("WholeExtent", -16, 15, -16, 15, -16, 15);
        Proxy contour = session.CreateProxy("filters", "Contour");
        contour.SetInput("Input", wavelet);
        contour.SetProperty("ContourBy", "POINTS", "RTData");
        contour.SetProperty("ContourValues", 157.0);
        session.RegisterProxy("sources", "Wavelet1", wavelet);
        session.RegisterProxy("sources", "Contour1", contour);
        Proxy view = session.CreateProxy("views", "RenderView");
        view.SetProperty("ViewSize", 800, 600);
        session.RegisterProxy("views", "RenderView1", view);
        Proxy display = session.Show(contour, view);
        display.ColorBy("POINTS", "RTData");
        await session.FlushAsync();
        await view.RenderAsync();

        (string Name, long Bytes)[] added = [.. (await ListAsync(container)).Where(b => !before.Contains(b.Name) || b.Name.Contains(session.Id, StringComparison.Ordinal))];
        return new IdleSession(added.Sum(b => b.Bytes), added.Length);
    }

    private static async Task<List<(string Name, long Bytes)>> ListAsync(BlobContainerClient container)
    {
        var blobs = new List<(string, long)>();
        await foreach (BlobItem blob in container.GetBlobsAsync(new GetBlobsOptions()))
        {
            blobs.Add((blob.Name, blob.Properties.ContentLength ?? 0));
        }

        return blobs;
    }

    private sealed record IdleSession(long Bytes, int Blobs);
}
