using Microsoft.Playwright;
using OrleansPV.Web.Tests.Infrastructure;

namespace OrleansPV.Web.Tests;

/// <summary>The page with a Wavelet, a Contour and a Slice at 1280x800: the README's picture (docs/images/web-client.png is a copy).</summary>
[Collection(WebCollection.Name)]
public sealed class DocsScreenshotTests(WebPageFixture web)
{
    [Fact]
    public async Task Wavelet_contour_and_slice_are_shown_together()
    {
        await using WebPage page = await web.OpenAsync("docs", user: "ada");
        await page.AddAsync("Sources", "Wavelet", "Wavelet1");
        await page.ApplyAndWaitForPictureAsync();
        await page.AddAsync("Filters", "Contour", "Contour1");
        await page.ApplyAndWaitForPictureAsync();
        await page.TreeItem("Wavelet1").ClickAsync();
        await page.AddAsync("Filters", "Slice", "Slice1");
        await page.ApplyAndWaitForPictureAsync();
        await page.TreeItem("Contour1").ClickAsync();
        await Assertions.Expect(page.Page.GetByRole(AriaRole.Table, new() { Name = "Data arrays" })).ToContainTextAsync("RTData");
        await Assertions.Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Visibility of Slice1" })).ToHaveAttributeAsync("aria-pressed", "true");
        long frame = await page.FrameNumberAsync();
        await page.DragAsync(dx: 120, dy: 60, moves: 20);
        await page.WaitForStillAsync(newerThanFrame: frame);
        await page.ScreenshotAsync("web-client");

        // The Screenshot button downloads the view as a PNG rendered at the view's size.
        IDownload download = await page.Page.RunAndWaitForDownloadAsync(() => page.Button("Screenshot").ClickAsync());
        string saved = Artifacts.PathFor("docs", "screenshot-button");
        await download.SaveAsAsync(saved);
        byte[] png = await File.ReadAllBytesAsync(saved);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.True(png.Length > 10_000, $"The screenshot has only {png.Length} bytes.");
    }
}
