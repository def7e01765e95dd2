namespace OrleansPV.Processing.Tests.IO;

/// <summary>Paths of the ParaView-written files under Fixtures/ParaView.</summary>
internal static class Fixtures
{
    public static string Directory => TestFixtures.PathOf("ParaView");

    public static string PathOf(string file) => Path.Combine(Directory, file);

    public static byte[] Bytes(string file) => File.ReadAllBytes(PathOf(file));
}
