using Microsoft.Playwright;
using OrleansPV.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OrleansPV.Web.Tests;

/// <summary>A new user's first pipeline, in Chromium against a real silo process (screenshots of each step in the test results).</summary>
[Collection(WebCollection.Name)]
public sealed class NewUserTests(WebPageFixture web, ITestOutputHelper output)
{
    [Fact]
    public async Task A_new_user_builds_wavelet_and_contour_changes_isosurfaces_rotates_cancels_a_large_wavelet_and_undoes()
    {
        await using WebPage page = await web.OpenAsync("new-user");
        Assert.Contains("session=", page.Address, StringComparison.Ordinal);
        await page.AssertInsideWindowAsync(page.Button("Sources"));
        await page.AssertInsideWindowAsync(page.Button("Apply"));
        await page.AssertInsideWindowAsync(page.RenderView);
        await page.ScreenshotAsync("opened");

        // Sources → Wavelet, Apply: shown as ParaView shows a volume (an outline), data information listed.
        await page.AddAsync("Sources", "Wavelet", "Wavelet1");
        await page.ApplyAndWaitForPictureAsync();
        await Assertions.Expect(page.Page.GetByRole(AriaRole.Table, new() { Name = "Data arrays" })).ToContainTextAsync("RTData");
        await Assertions.Expect(page.Page.Locator("#information")).ToContainTextAsync("9,261");
        await page.ScreenshotAsync("wavelet");

        // Filters → Contour: Isosurfaces defaults to the input's mid-range (ParaView's 157.09…), Apply.
        await page.AddAsync("Filters", "Contour", "Contour1");
        await Assertions.Expect(page.Field("Isosurfaces")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^157\.09"));
        await page.ApplyAndWaitForPictureAsync();
        await Assertions.Expect(page.Page.GetByRole(AriaRole.Figure, new() { Name = "Color legend" })).ToBeVisibleAsync();
        double[] contour157 = await page.PictureAsync();
        await page.ScreenshotAsync("contour");

        // Isosurfaces 100 → a different surface in the picture.
        await page.Field("Isosurfaces").FillAsync("100");
        await page.ApplyAndWaitForPictureAsync();
        double[] contour100 = await page.PictureAsync();
        double changed = WebPage.Difference(contour157, contour100);
        output.WriteLine($"Isosurfaces 157.09 → 100: mean grey difference {changed:F2} of 255");
        Assert.True(changed > 0.5, $"The picture did not change with Isosurfaces (difference {changed:F3}).");
        await page.ScreenshotAsync("isosurfaces-100");

        // Rotate by dragging: interactive frames arrive while dragging, a still after release.
        long lastFrame = await page.FrameNumberAsync();
        (int frames, double fps, double seconds) = await page.DragAsync(dx: 300, dy: 80);
        output.WriteLine($"While dragging: {frames} frames in {seconds:F2} s = {fps:F1} frames/s (1280x800 window)");
        Assert.True(frames >= 2, $"Only {frames} frame(s) arrived while dragging.");
        await page.WaitForStillAsync(newerThanFrame: lastFrame);
        double rotated = WebPage.Difference(contour100, await page.PictureAsync());
        Assert.True(rotated > 0.5, $"The picture did not change after rotating (difference {rotated:F3}).");
        await page.ScreenshotAsync("rotated");

        // The frame rate of a continuous drag, measured in the browser (printed; docs/web.md has the figure).
        lastFrame = await page.FrameNumberAsync();
        (int measured, double measuredFps, double measuredSeconds, int moves) = await page.MeasureDragInBrowserAsync(seconds: 4);
        output.WriteLine($"Continuous drag in the browser: {moves} pointer moves, {measured} frames in {measuredSeconds:F2} s = {measuredFps:F1} frames/s");
        Assert.True(measured >= 2, $"Only {measured} frame(s) arrived during a continuous drag.");
        await page.WaitForStillAsync(newerThanFrame: lastFrame);

        // A large Wavelet: its progress bar appears, Cancel stops it, nothing is shown for it.
        await page.AddAsync("Sources", "Wavelet", "Wavelet2");
        string[] large = ["-180", "180", "-180", "180", "-180", "180"];
        for (int i = 0; i < large.Length; i++)
        {
            await page.Field($"Whole Extent {i + 1}").FillAsync(large[i]);
        }

        await page.Button("Apply").ClickAsync();
        ILocator progress = page.Page.GetByRole(AriaRole.Progressbar);
        await Assertions.Expect(progress).ToBeVisibleAsync();
        // Cancel at once (the click waits for the button): a screenshot first could outlast the update.
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await page.ScreenshotAsync("large-wavelet-cancelling");
        await Assertions.Expect(progress).ToHaveCountAsync(0);
        await Assertions.Expect(page.Messages).ToContainTextAsync("Wavelet2: update cancelled.");
        await Assertions.Expect(page.TreeItem("Wavelet2")).ToContainTextAsync("(not applied)");
        await page.ScreenshotAsync("large-wavelet-cancelled");

        // Undo: the large extent (the last change) goes back to the default.
        await page.Button("Undo").ClickAsync();
        await Assertions.Expect(page.Field("Whole Extent 2")).ToHaveValueAsync("10");
        await Assertions.Expect(page.Messages).ToContainTextAsync("Undone.");
        await page.ScreenshotAsync("undone");

        // Redo brings it back (the panel follows the session's state, not the page's).
        await page.Button("Redo").ClickAsync();
        await Assertions.Expect(page.Field("Whole Extent 2")).ToHaveValueAsync("180");
        await Assertions.Expect(page.Messages).ToContainTextAsync("Redone.");
        page.AssertNoScriptErrors();
    }

    [Fact]
    public async Task An_invalid_value_is_shown_at_its_field_and_kept_while_nothing_is_pushed()
    {
        await using WebPage page = await web.OpenAsync("field-errors");
        await page.AddAsync("Sources", "Sphere", "Sphere1");
        await page.ApplyAndWaitForPictureAsync();

        await page.Field("Theta Resolution").FillAsync("1");
        await page.Field("Radius").FillAsync("2.5");
        await page.Button("Apply").ClickAsync();
        ILocator field = page.Field("Theta Resolution");
        await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        ILocator alert = page.Page.Locator(".field[data-property='ThetaResolution'] [role='alert']");
        await Assertions.Expect(alert).ToContainTextAsync("ThetaResolution");
        await Assertions.Expect(field).ToHaveValueAsync("1");
        await Assertions.Expect(page.Messages).ToContainTextAsync("ThetaResolution");
        await page.ScreenshotAsync("theta-resolution-error");

        // Nothing was pushed: another page of the session still sees the old radius.
        await using WebPage other = await web.OpenAsync("field-errors-other", sessionAddress: page.Address, user: "bob");
        await other.TreeItem("Sphere1").ClickAsync();
        await Assertions.Expect(other.Field("Radius")).ToHaveValueAsync("0.5");

        // Corrected, the same Apply goes through (the radius the user typed was kept too).
        await field.FillAsync("16");
        await page.Button("Apply").ClickAsync();
        await Assertions.Expect(field).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(other.Field("Radius")).ToHaveValueAsync("2.5");
        await Assertions.Expect(other.Field("Theta Resolution")).ToHaveValueAsync("16");
    }
}
