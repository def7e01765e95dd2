namespace OrleansPV.TestUtilities;

/// <summary>
/// The fixture tree (test/Fixtures in the repository), copied beside every test assembly that references
/// this project, so tests read it from their own output and never from the source tree.
/// </summary>
public static class TestFixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The path of a fixture, given its folders and file name under test/Fixtures.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Directory, .. parts]);
}
