using System.Text.Json;
using Microsoft.Playwright;

namespace OrleansPV.Web.Tests.Infrastructure;

/// <summary>
/// The OrleansPV page as a person uses it: by role and accessible name (shared/API.md "Web page"),
/// waiting on what the page shows (a tree item, a still frame, a progress bar), never on time.
/// </summary>
public sealed class WebPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _scenario;
    private readonly List<string> _scriptErrors = [];
    private readonly List<string> _events = [];
    private int _steps;

    public WebPage(IPage page, IBrowserContext context, string scenario)
    {
        Page = page;
        _context = context;
        _scenario = scenario;
        page.PageError += (_, error) => Record(error);
        page.Console += (_, message) =>
        {
            Trace($"console.{message.Type}: {message.Text}");
            if (message.Type == "error")
            {
                Record(message.Text);
            }
        };
        page.RequestFailed += (_, request) => Trace($"request failed: {request.Method} {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Trace($"response {response.Status}: {response.Url}");
            }
        };
        page.WebSocket += (_, socket) =>
        {
            Trace($"socket opened: {socket.Url}");
            socket.Close += (_, _) => Trace($"socket closed: {socket.Url}");
            socket.SocketError += (_, error) => Trace($"socket error: {error}");
        };
    }

    public IPage Page { get; }

    public ILocator RenderView => Page.GetByRole(AriaRole.Img, new() { Name = "Render view", Exact = true });

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator TreeItem(string name) => Page.GetByRole(AriaRole.Treeitem, new() { Name = name, Exact = true });

    public ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });

    public ILocator Messages => Page.GetByRole(AriaRole.Log, new() { Name = "Messages", Exact = true });

    public string Address => Page.Url;

    /// <summary>Waits until the page has its session (the address carries ?session=ID) and its first frame.</summary>
    public async Task WaitForSessionAsync()
    {
        // Polled in the page: the address changes by history.replaceState, and waiting for that as a
        // navigation event can miss one that lands while the waiter subscribes.
        try
        {
            await Page.WaitForFunctionAsync("() => new URL(location.href).searchParams.has('session')");
            await Page.WaitForFunctionAsync("() => document.getElementById('view-image').dataset.frame !== undefined");
        }
        catch (TimeoutException)
        {
            string shown = await Page.EvaluateAsync<string>("() => JSON.stringify({ address: location.href, ready: document.readyState, status: document.getElementById('status')?.innerText, messages: document.getElementById('messages')?.innerText })");
            await ScreenshotAsync("no-session");
            throw new TimeoutException($"The page has no session and first frame; it shows {shown}; what it did: {string.Join(" | ", Events)}");
        }
    }

    /// <summary>What the page did so far (console, failed requests, its WebSocket), for failure messages.</summary>
    public IReadOnlyList<string> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    private void Trace(string what)
    {
        lock (_events)
        {
            _events.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {what}");
        }
    }

    /// <summary>Sources or Filters → the item with that ParaView label; waits for the new tree item (selected).</summary>
    public async Task AddAsync(string menu, string label, string registrationName)
    {
        await Button(menu).ClickAsync();
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = label, Exact = true }).ClickAsync();
        await Assertions.Expect(TreeItem(registrationName)).ToHaveAttributeAsync("aria-selected", "true");
    }

    /// <summary>
    /// Apply, then wait for the selected proxy's new data information (its tree item's data-version:
    /// the update finished) and for a still that draws newer geometry than the picture before.
    /// </summary>
    public async Task<long> ApplyAndWaitForPictureAsync()
    {
        const string SelectedVersion = "() => Number(document.querySelector('[role=\"treeitem\"][aria-selected=\"true\"]')?.dataset.version ?? 0)";
        long dataBefore = await Page.EvaluateAsync<long>(SelectedVersion);
        long frameBefore = await FrameNumberAsync();
        long pictureBefore = await FrameVersionAsync();
        await Button("Apply").ClickAsync();
        await Page.WaitForFunctionAsync($"v => ({SelectedVersion})() > v", dataBefore);
        return await WaitForStillAsync(newerThanVersion: pictureBefore, newerThanFrame: frameBefore);
    }

    public async Task<long> FrameVersionAsync() =>
        await Page.EvaluateAsync<long>("() => Number(document.getElementById('view-image').dataset.version ?? 0)");

    public async Task<long> FrameNumberAsync() =>
        await Page.EvaluateAsync<long>("() => Number(document.getElementById('view-image').dataset.frame ?? 0)");

    /// <summary>Waits for a loaded full-quality still with a newer pipeline version (or a newer frame number).</summary>
    public async Task<long> WaitForStillAsync(long newerThanVersion = -1, long newerThanFrame = -1)
    {
        try
        {
            await WaitForStillFunctionAsync(newerThanVersion, newerThanFrame);
        }
        catch (TimeoutException)
        {
            string state = await Page.EvaluateAsync<string>("() => JSON.stringify({ ...document.getElementById('view-image').dataset, stats: window.opvStats, messages: document.getElementById('messages').innerText })");
            await ScreenshotAsync("no-still");
            throw new TimeoutException($"No still newer than version {newerThanVersion} and frame {newerThanFrame}; the page shows {state}");
        }

        return await FrameVersionAsync();
    }

    private async Task WaitForStillFunctionAsync(long newerThanVersion, long newerThanFrame)
    {
        await Page.WaitForFunctionAsync(
            """
            ([version, frame]) => {
              const image = document.getElementById('view-image');
              return image.complete && image.naturalWidth > 0 && image.dataset.still === 'true'
                && Number(image.dataset.version) > version && Number(image.dataset.frame) > frame;
            }
            """,
            new[] { newerThanVersion, newerThanFrame });
    }

    /// <summary>The shown picture as 64x48 grey levels (drawn from the image element, in the browser).</summary>
    public async Task<double[]> PictureAsync()
    {
        JsonElement values = await Page.EvaluateAsync<JsonElement>(
            """
            () => {
              const image = document.getElementById('view-image');
              const canvas = document.createElement('canvas');
              canvas.width = 64; canvas.height = 48;
              const g = canvas.getContext('2d');
              g.drawImage(image, 0, 0, 64, 48);
              const data = g.getImageData(0, 0, 64, 48).data;
              const grey = [];
              for (let i = 0; i < data.length; i += 4) grey.push((data[i] + data[i + 1] + data[i + 2]) / 3);
              return grey;
            }
            """);
        return [.. values.EnumerateArray().Select(v => v.GetDouble())];
    }

    /// <summary>Mean absolute grey-level difference (0–255) between two pictures.</summary>
    public static double Difference(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Average();

    /// <summary>
    /// Drags across the render view with the left button, one mouse move per animation frame of the
    /// page (a person's pace), and returns the frames the page received meanwhile and their rate.
    /// </summary>
    public async Task<(int Frames, double FramesPerSecond, double Seconds)> DragAsync(double dx, double dy, int moves = 90)
    {
        LocatorBoundingBoxResult box = (await RenderView.BoundingBoxAsync())!;
        double x = box.X + (box.Width / 2);
        double y = box.Y + (box.Height / 2);
        await Page.Mouse.MoveAsync((float)x, (float)y);
        await Page.Mouse.DownAsync();
        for (int i = 1; i <= moves; i++)
        {
            await Page.Mouse.MoveAsync((float)(x + (dx * i / moves)), (float)(y + (dy * i / moves)));
            await Page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => resolve()))");
        }

        JsonElement stats = await Page.EvaluateAsync<JsonElement>("() => ({ ...window.opvStats })");
        await Page.Mouse.UpAsync();
        int frames = stats.GetProperty("dragFrames").GetInt32();
        double seconds = (stats.GetProperty("dragLast").GetDouble() - stats.GetProperty("dragFirst").GetDouble()) / 1000;
        return (frames, frames > 1 && seconds > 0 ? (frames - 1) / seconds : 0, seconds);
    }

    /// <summary>
    /// Measures in the browser: pointer events dispatched on the render view at every animation frame
    /// for <paramref name="seconds"/> (a continuous drag, as fast as the page can draw), counting the
    /// frames that arrive meanwhile. Playwright's own mouse is paced by its round trips, not the page's.
    /// </summary>
    public async Task<(int Frames, double FramesPerSecond, double Seconds, int Moves)> MeasureDragInBrowserAsync(double seconds = 3)
    {
        JsonElement stats = await Page.EvaluateAsync<JsonElement>(
            """
            async (duration) => {
              const view = document.getElementById('view');
              const r = view.getBoundingClientRect();
              const x0 = r.left + r.width / 2, y0 = r.top + r.height / 2;
              const fire = (type, x, y) => view.dispatchEvent(new PointerEvent(type, {
                bubbles: true, clientX: x, clientY: y, button: 0, buttons: type === 'pointerup' ? 0 : 1,
                pointerId: 1, pointerType: 'mouse', isPrimary: true }));
              fire('pointerdown', x0, y0);
              let moves = 0;
              const start = performance.now();
              await new Promise((resolve) => {
                const step = () => {
                  const elapsed = performance.now() - start;
                  if (elapsed >= duration * 1000) { resolve(); return; }
                  fire('pointermove', x0 + Math.sin(elapsed / 400) * r.width * 0.3, y0 + Math.sin(elapsed / 900) * r.height * 0.1);
                  moves++;
                  requestAnimationFrame(step);
                };
                requestAnimationFrame(step);
              });
              const stats = { ...window.opvStats, moves };
              fire('pointerup', x0, y0);
              return stats;
            }
            """,
            seconds);
        int frames = stats.GetProperty("dragFrames").GetInt32();
        double span = (stats.GetProperty("dragLast").GetDouble() - stats.GetProperty("dragFirst").GetDouble()) / 1000;
        return (frames, frames > 1 && span > 0 ? (frames - 1) / span : 0, span, stats.GetProperty("moves").GetInt32());
    }

    /// <summary>Saves a screenshot of the whole page as a test artefact, numbered in step order.</summary>
    public async Task<string> ScreenshotAsync(string step)
    {
        string path = Artifacts.PathFor(_scenario, $"{++_steps:00}-{step}");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    /// <summary>Asserts the element lies inside the window (usable without scrolling the page).</summary>
    public async Task AssertInsideWindowAsync(ILocator locator)
    {
        LocatorBoundingBoxResult box = (await locator.BoundingBoxAsync())!;
        PageViewportSizeResult size = Page.ViewportSize!;
        Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= size.Width + 0.5 && box.Y + box.Height <= size.Height + 0.5,
            $"The element at ({box.X}, {box.Y}, {box.Width}x{box.Height}) is outside the {size.Width}x{size.Height} window.");
    }

    /// <summary>Asserts the page's scripts threw nothing and logged no error so far.</summary>
    public void AssertNoScriptErrors()
    {
        lock (_scriptErrors)
        {
            Assert.True(_scriptErrors.Count == 0, $"The page reported script errors:{Environment.NewLine}{string.Join(Environment.NewLine, _scriptErrors)}");
        }
    }

    private void Record(string error)
    {
        lock (_scriptErrors)
        {
            _scriptErrors.Add(error);
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
