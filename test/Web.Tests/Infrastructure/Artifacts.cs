namespace OrleansPV.Web.Tests.Infrastructure;

/// <summary>Where the tests' screenshots go: the test results folder (artifacts/test-results/web), or ORLEANSPV_TEST_RESULTS.</summary>
public static class Artifacts
{
    public static string Directory { get; } = Create();

    public static string PathFor(string scenario, string step)
    {
        string folder = Path.Combine(Directory, scenario);
        System.IO.Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{step}.png");
    }

    private static string Create()
    {
        string root = Environment.GetEnvironmentVariable("ORLEANSPV_TEST_RESULTS") is { Length: > 0 } configured
            ? configured
            : WebPageFixture.Metadata("TestResultsDirectory");
        string folder = Path.GetFullPath(Path.Combine(root, "web"));
        System.IO.Directory.CreateDirectory(folder);
        return folder;
    }
}
