using OrleansPV.Rendering.WarmUp;
using Xunit;

namespace OrleansPV.Rendering.Tests.WarmUp;

public class RenderingWarmUpTests
{
    [Fact]
    public void A_warm_up_renders_small_frames_then_one_at_the_view_size()
    {
        WarmUpReport report = RenderingWarmUp.Run(new WarmUpSettings { MaxDuration = TimeSpan.FromSeconds(1), Width = 64, Height = 48 });

        Assert.True(report.Frames >= 2, $"{report.Frames} frames");
        Assert.True(report.Duration > TimeSpan.Zero);
        Assert.True(report.MethodsCompiled >= 0);
    }

    [Fact]
    public void A_process_warms_up_once()
    {
        var settings = new WarmUpSettings { MaxDuration = TimeSpan.FromSeconds(1), Width = 64, Height = 48 };

        WarmUpReport first = RenderingWarmUp.EnsureWarm(settings);
        WarmUpReport second = RenderingWarmUp.EnsureWarm(settings);

        Assert.Same(first, second);
    }

    [Fact]
    public void A_cancelled_warm_up_stops()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => RenderingWarmUp.Run(new WarmUpSettings(), cancellation.Token));
    }
}
