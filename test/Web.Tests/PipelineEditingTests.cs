using Microsoft.Playwright;
using OrleansPV.Web.Tests.Infrastructure;

namespace OrleansPV.Web.Tests;

/// <summary>Delete as in ParaView, a proxy-list property (Slice's plane) edited through its own fields, and Undo after a rotation.</summary>
[Collection(WebCollection.Name)]
public sealed class PipelineEditingTests(WebPageFixture web)
{
    [Fact]
    public async Task Delete_is_refused_while_a_filter_uses_the_proxy_and_removes_a_leaf_with_its_display()
    {
        await using WebPage page = await web.OpenAsync("delete");
        await page.AddAsync("Sources", "Wavelet", "Wavelet1");
        await page.ApplyAndWaitForPictureAsync();
        await page.AddAsync("Filters", "Slice", "Slice1");
        await page.ApplyAndWaitForPictureAsync();

        // Slice's plane is a proxy-list entry: its Origin and Normal are fields of the panel too.
        await Assertions.Expect(page.Field("Slice Type")).ToHaveValueAsync("Plane");
        await Assertions.Expect(page.Field("Normal 1")).ToHaveValueAsync("1");
        double[] sliceX = await page.PictureAsync();
        await page.Field("Normal 1").FillAsync("0");
        await page.Field("Normal 3").FillAsync("1");
        await page.ApplyAndWaitForPictureAsync();
        Assert.True(WebPage.Difference(sliceX, await page.PictureAsync()) > 0.5, "The slice did not turn with its normal.");
        await page.ScreenshotAsync("slice-z");

        await page.TreeItem("Wavelet1").ClickAsync();
        await page.Button("Delete").ClickAsync();
        await Assertions.Expect(page.Messages).ToContainTextAsync("is the input of Slice1");
        await Assertions.Expect(page.TreeItem("Wavelet1")).ToBeVisibleAsync();

        await page.TreeItem("Slice1").ClickAsync();
        double[] withSlice = await page.PictureAsync();
        long frame = await page.FrameNumberAsync();
        await page.Button("Delete").ClickAsync();
        await Assertions.Expect(page.TreeItem("Slice1")).ToHaveCountAsync(0);

        // The view draws on without it (a camera move from the keyboard gives the next frame). Only the
        // interactive frame is awaited: the render service's still after a move that follows a deleted
        // representation sometimes does not come (seen here; reported for the render service).
        await page.Page.Locator("#view").FocusAsync();
        await page.Page.Keyboard.PressAsync("ArrowLeft");
        await page.Page.WaitForFunctionAsync(
            "f => { const i = document.getElementById('view-image'); return i.complete && Number(i.dataset.frame) > f; }", frame);
        Assert.True(WebPage.Difference(withSlice, await page.PictureAsync()) > 0.5, "The slice is still drawn after Delete.");
        await page.ScreenshotAsync("slice-deleted");
        page.AssertNoScriptErrors();
    }

    [Fact]
    public async Task Undo_after_rotating_undoes_the_last_pipeline_change_and_keeps_the_camera()
    {
        await using WebPage page = await web.OpenAsync("undo-after-rotate");
        await page.AddAsync("Sources", "Cone", "Cone1");
        await page.ApplyAndWaitForPictureAsync();
        await page.Field("Resolution").FillAsync("32");
        await page.ApplyAndWaitForPictureAsync();
        double[] beforeRotation = await page.PictureAsync();

        long lastFrame = await page.FrameNumberAsync();
        await page.DragAsync(dx: 200, dy: 60);
        await page.WaitForStillAsync(newerThanFrame: lastFrame);
        double[] rotated = await page.PictureAsync();
        Assert.True(WebPage.Difference(beforeRotation, rotated) > 0.5, "The picture did not change after rotating.");

        // As in ParaView, the rotation is not an undo step: Undo takes back Resolution, the view stays turned.
        lastFrame = await page.FrameNumberAsync();
        await page.Button("Undo").ClickAsync();
        await Assertions.Expect(page.Field("Resolution")).ToHaveValueAsync("6");
        await page.WaitForStillAsync(newerThanFrame: lastFrame);
        double backToBeforeRotation = WebPage.Difference(beforeRotation, await page.PictureAsync());
        Assert.True(backToBeforeRotation > 0.5, $"Undo turned the view back (difference to the picture before rotating {backToBeforeRotation:F3}).");
        await page.ScreenshotAsync("undone-resolution-kept-camera");
        page.AssertNoScriptErrors();
    }
}
