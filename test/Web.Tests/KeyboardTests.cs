using Microsoft.Playwright;
using OrleansPV.Web.Tests.Infrastructure;

namespace OrleansPV.Web.Tests;

/// <summary>The page by keyboard alone, at 1920x1080: menus, Apply, the pipeline browser and the render view.</summary>
[Collection(WebCollection.Name)]
public sealed class KeyboardTests(WebPageFixture web)
{
    [Fact]
    public async Task A_pipeline_is_built_and_viewed_by_keyboard_at_full_hd()
    {
        await using WebPage page = await web.OpenAsync("keyboard", width: 1920, height: 1080);
        await page.AssertInsideWindowAsync(page.Page.GetByLabel("Chat message", new() { Exact = true }));

        // Sources menu: Tab to it, Enter opens it on its first item, typing a letter moves to "Wavelet".
        await TabToAsync(page, page.Button("Sources"));
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Page.GetByRole(AriaRole.Menu, new() { Name = "Sources" })).ToBeVisibleAsync();
        await page.Page.Keyboard.PressAsync("w");
        await Assertions.Expect(page.Page.GetByRole(AriaRole.Menuitem, new() { Name = "Wavelet" })).ToBeFocusedAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.TreeItem("Wavelet1")).ToBeFocusedAsync();

        long version = await page.FrameVersionAsync();
        await TabToAsync(page, page.Button("Apply"));
        await page.Page.Keyboard.PressAsync("Enter");
        await page.WaitForStillAsync(newerThanVersion: version);

        // Filters menu: arrow keys to "Contour", Enter, Apply.
        await TabToAsync(page, page.Button("Filters"));
        await page.Page.Keyboard.PressAsync("ArrowDown");
        ILocator contour = page.Page.GetByRole(AriaRole.Menuitem, new() { Name = "Contour" });
        for (int i = 0; i < 20 && !await IsFocusedAsync(contour); i++)
        {
            await page.Page.Keyboard.PressAsync("ArrowDown");
        }

        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.TreeItem("Contour1")).ToBeFocusedAsync();
        version = await page.FrameVersionAsync();
        await TabToAsync(page, page.Button("Apply"));
        await page.Page.Keyboard.PressAsync("Enter");
        await page.WaitForStillAsync(newerThanVersion: version);
        await page.ScreenshotAsync("contour-by-keyboard");

        // Pipeline browser: arrow up selects Wavelet1 (its panel), Space toggles its visibility.
        await page.TreeItem("Contour1").FocusAsync();
        await page.Page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(page.TreeItem("Wavelet1")).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(page.Field("Whole Extent 1")).ToBeVisibleAsync();
        await page.Page.Keyboard.PressAsync(" ");
        await Assertions.Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Visibility of Wavelet1" })).ToHaveAttributeAsync("aria-pressed", "false");

        // Render view: focused by Tab, an arrow key rotates (a new frame), "r" resets the camera.
        await TabToAsync(page, page.Page.Locator("#view"));
        long frame = await page.FrameNumberAsync();
        await page.Page.Keyboard.PressAsync("ArrowLeft");
        await page.Page.WaitForFunctionAsync("f => Number(document.getElementById('view-image').dataset.frame) > f", frame);
        await page.WaitForStillAsync(newerThanFrame: frame);
        await page.ScreenshotAsync("rotated-by-keyboard");
        page.AssertNoScriptErrors();
    }

    private static async Task TabToAsync(WebPage page, ILocator target)
    {
        for (int i = 0; i < 60; i++)
        {
            if (await IsFocusedAsync(target))
            {
                return;
            }

            await page.Page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {target}.");
    }

    private static Task<bool> IsFocusedAsync(ILocator target) => target.EvaluateAsync<bool>("e => e === document.activeElement");
}
