namespace OrleansPV.TestUtilities.Servers;

/// <summary>
/// A real Azurite blob service (npm azurite, installed by the test command) on 127.0.0.1, a free port and a
/// temporary folder. It can be restarted on the same port and folder: what was written survives, as in
/// a storage account that was briefly unreachable.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account and key (published by Microsoft for the emulator).</summary>
    public const string AccountName = "devstoreaccount1";

    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _location;
    private ServerProcess _server;

    private AzuriteServer(ServerProcess server, string location)
    {
        _server = server;
        _location = location;
    }

    public int Port => _server.Port;

    /// <summary>The connection string for this account (what `Storage:AzureBlob:ConnectionString` takes).</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{Port}/{AccountName};";

    public static async Task<AzuriteServer> StartAsync(CancellationToken cancellationToken = default)
    {
        string location = System.IO.Directory.CreateTempSubdirectory("orleanspv-azurite-").FullName;
        ServerProcess server = await StartProcessAsync(TestTools.FreeLoopbackPort(), location, cancellationToken);
        return new AzuriteServer(server, location);
    }

    /// <summary>Kills Azurite (SIGKILL) and starts it again on the same port and folder.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        int port = _server.Port;
        await _server.DisposeAsync();
        _server = await StartProcessAsync(port, _location, cancellationToken);
    }

    /// <summary>Stops Azurite without starting it again (until <see cref="StartAgainAsync"/>).</summary>
    public Task StopAsync() => _server.KillAsync();

    /// <summary>Azurite hangs: connections open, nothing answers (SIGSTOP), until <see cref="Thaw"/>.</summary>
    public void Freeze() => ProcessSignals.Freeze(_server.ProcessId);

    public void Thaw() => ProcessSignals.Thaw(_server.ProcessId);

    /// <summary>Starts a stopped Azurite on the same port and folder.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        int port = _server.Port;
        await _server.DisposeAsync();
        _server = await StartProcessAsync(port, _location, cancellationToken);
    }

    /// <summary>
    /// Waits until Azurite has saved its metadata, which it does every 5 s when something changed: what was
    /// written before this call then survives <see cref="RestartAsync"/> and <see cref="StopAsync"/>, which
    /// kill the process (a real account never loses an acknowledged write; the emulator killed does).
    /// </summary>
    public async Task WaitUntilSavedAsync(CancellationToken cancellationToken = default)
    {
        DateTime since = DateTime.UtcNow;
        string[] databases = [Path.Combine(_location, "__azurite_db_blob__.json"), Path.Combine(_location, "__azurite_db_blob_extent__.json")];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (!databases.All(database => File.Exists(database) && File.GetLastWriteTimeUtc(database) > since))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(_location, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the process that just exited: the temp folder is left for the OS.
        }
    }

    private static Task<ServerProcess> StartProcessAsync(int port, string location, CancellationToken cancellationToken)
    {
        string executable = Path.Combine(TestTools.Directory, "azurite", "node_modules", ".bin", "azurite-blob");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed at {executable}: run the test command (./test.sh) or bash eng/install-test-tools.sh.");
        }

        // --disableTelemetry: without it Azurite lingers minutes after it is stopped.
        // --skipApiVersionCheck: Azure.Storage.Blobs 12.30 speaks an API version Azurite 3.37 does not know yet.
        string[] arguments =
        [
            "--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--location", location, "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose",
        ];
        return ServerProcess.StartAsync(executable, arguments, port, StartTimeout, cancellationToken);
    }
}
