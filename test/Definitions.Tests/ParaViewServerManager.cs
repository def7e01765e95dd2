namespace OrleansPV.Definitions.Tests;

/// <summary>
/// Every ParaView 5.11.2 XML file under Fixtures/ParaView loaded into one manager, as ParaView's
/// server manager loads them; shared by the tests of a class.
/// </summary>
public sealed class ParaViewServerManager
{
    public ParaViewServerManager()
    {
        Definitions = new DefinitionManager(Logger);
        foreach (var path in Directory.GetFiles(TestFixtures.PathOf("ParaViewXml"), "*.xml").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(path);
            Definitions.Load(stream, Path.GetFileName(path));
        }
    }

    public TestLogger Logger { get; } = new();

    public DefinitionManager Definitions { get; }
}
