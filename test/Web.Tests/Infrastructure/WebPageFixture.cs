using System.Reflection;
using Microsoft.Playwright;
using OrleansPV.TestUtilities.Servers;

namespace OrleansPV.Web.Tests.Infrastructure;

/// <summary>
/// One real silo process (its web page on a free port of 127.0.0.1) and Debian's Chromium driven by
/// Playwright, shared by the web tests; each test opens its own pages (and sessions).
/// </summary>
public sealed class WebPageFixture : IAsyncLifetime
{
    /// <summary>Chromium and a silo on two shared cores are slow: generous, event-based waits.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private SiloHostProcess? _silo;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri PageAddress => _silo?.WebPage ?? throw new InvalidOperationException("The silo printed no web page address.");

    public string SiloOutput => _silo?.Output ?? "";

    public async Task InitializeAsync()
    {
        string dll = Metadata("SiloAssemblyPath");
        _silo = await SiloHostProcess.StartAsync(dll, TimeSpan.FromMinutes(3));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumFlags,
        });
        Assertions.SetDefaultExpectTimeout((float)Patience.TotalMilliseconds);
    }

    /// <summary>A new browser context (one person) with a page of the given size.</summary>
    public async Task<WebPage> OpenAsync(string step, int width = 1280, int height = 800, string? sessionAddress = null, string user = "ada")
    {
        IBrowserContext context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        IPage page = await context.NewPageAsync();
        var address = new UriBuilder(sessionAddress is null ? PageAddress : new Uri(sessionAddress));
        string query = address.Query.TrimStart('?');
        address.Query = string.IsNullOrEmpty(query) ? $"user={user}" : $"{query}&user={user}";
        var web = new WebPage(page, context, step);
        await page.GotoAsync(address.Uri.ToString());
        try
        {
            await web.WaitForSessionAsync();
        }
        catch (TimeoutException ex)
        {
            // The silo's side of it: what its web endpoint logged, also saved whole beside the screenshots.
            await File.WriteAllTextAsync(Path.Combine(Artifacts.Directory, $"{step}-silo.log"), SiloOutput);
            IEnumerable<string> webLines = SiloOutput.Split('\n').Where(l => l.Contains("Web", StringComparison.Ordinal) || l.Contains("warn", StringComparison.Ordinal) || l.Contains("fail", StringComparison.Ordinal)).TakeLast(12);
            throw new TimeoutException($"{ex.Message}{Environment.NewLine}The silo logged: {string.Join(" | ", webLines)}", ex);
        }

        return web;
    }

    public static string Metadata(string key) =>
        typeof(WebPageFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
            await File.WriteAllTextAsync(Path.Combine(Artifacts.Directory, "silo.log"), _silo.Output);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebPageFixture>
{
    public const string Name = "Web page";
}
