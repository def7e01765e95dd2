using System.Diagnostics;
using Microsoft.Playwright;
using OrleansPV.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OrleansPV.Web.Tests;

/// <summary>Two people (two browser contexts) in one session: each sees the other's changes in the panel and the picture.</summary>
[Collection(WebCollection.Name)]
public sealed class CollaborationTests(WebPageFixture web, ITestOutputHelper output)
{
    [Fact]
    public async Task A_change_made_in_one_browser_appears_in_the_others_panel_and_picture()
    {
        await using WebPage ada = await web.OpenAsync("collaboration-ada", user: "ada");
        await ada.AddAsync("Sources", "Wavelet", "Wavelet1");
        await ada.ApplyAndWaitForPictureAsync();
        await ada.AddAsync("Filters", "Contour", "Contour1");
        await ada.ApplyAndWaitForPictureAsync();

        // Bob opens the address Ada's page shows: he joins her session and sees her pipeline.
        await using WebPage bob = await web.OpenAsync("collaboration-bob", sessionAddress: ada.Address, user: "bob");
        Assert.Equal(SessionOf(ada.Address), SessionOf(bob.Address));
        await bob.TreeItem("Contour1").ClickAsync();
        await Assertions.Expect(bob.Field("Isosurfaces")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^157\.09"));
        long bobVersion = await bob.WaitForStillAsync();
        double[] bobBefore = await bob.PictureAsync();

        // Collaborators: both listed on both pages, Ada (the creator) as master.
        ILocator adaClients = ada.Page.GetByRole(AriaRole.List, new() { Name = "Collaborators" });
        await Assertions.Expect(adaClients).ToContainTextAsync("bob");
        await Assertions.Expect(bob.Page.GetByRole(AriaRole.List, new() { Name = "Collaborators" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "ada" }))
            .ToContainTextAsync("master");
        await ada.ScreenshotAsync("before-change");
        await bob.ScreenshotAsync("before-change");

        // Ada changes Isosurfaces: Bob's field and picture follow.
        await ada.Field("Isosurfaces").FillAsync("200");
        var clock = Stopwatch.StartNew();
        await ada.Button("Apply").ClickAsync();
        await Assertions.Expect(bob.Field("Isosurfaces")).ToHaveValueAsync("200");
        TimeSpan panel = clock.Elapsed;
        await bob.WaitForStillAsync(newerThanVersion: bobVersion);
        TimeSpan picture = clock.Elapsed;
        output.WriteLine($"Ada's Apply → Bob's panel {panel.TotalMilliseconds:F0} ms, Bob's new still {picture.TotalMilliseconds:F0} ms");
        double changed = WebPage.Difference(bobBefore, await bob.PictureAsync());
        Assert.True(changed > 0.5, $"Bob's picture did not change (difference {changed:F3}).");
        await ada.ScreenshotAsync("after-change");
        await bob.ScreenshotAsync("after-change");

        // And the other way round: Bob hides the contour with its eye; Ada's tree shows it hidden.
        await bob.Page.GetByRole(AriaRole.Button, new() { Name = "Visibility of Contour1" }).ClickAsync();
        await Assertions.Expect(ada.Page.GetByRole(AriaRole.Button, new() { Name = "Visibility of Contour1" })).ToHaveAttributeAsync("aria-pressed", "false");

        // Chat reaches everyone in the session's order.
        await bob.Page.GetByLabel("Chat message", new() { Exact = true }).FillAsync("Nice contour!");
        await bob.Button("Send").ClickAsync();
        await Assertions.Expect(ada.Page.GetByRole(AriaRole.Log, new() { Name = "Chat messages" })).ToContainTextAsync("bob: Nice contour!");
        await ada.ScreenshotAsync("chat");
        ada.AssertNoScriptErrors();
        bob.AssertNoScriptErrors();
    }

    [Fact]
    public async Task An_address_with_an_unknown_session_says_so_and_offers_a_new_one()
    {
        IBrowserContext context = await web.Browser.NewContextAsync();
        try
        {
            IPage page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(web.PageAddress, "?session=no-such-session&user=eve").ToString());
            await Assertions.Expect(page.GetByRole(AriaRole.Log, new() { Name = "Messages", Exact = true })).ToContainTextAsync("No session 'no-such-session'");
            await page.GetByRole(AriaRole.Link, new() { Name = "start a new session" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("session=", StringComparison.Ordinal) && !url.Contains("no-such-session", StringComparison.Ordinal));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static string SessionOf(string address) =>
        System.Web.HttpUtility.ParseQueryString(new Uri(address).Query)["session"] ?? "";
}
