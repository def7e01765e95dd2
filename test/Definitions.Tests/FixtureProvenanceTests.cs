using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Xunit;

namespace OrleansPV.Definitions.Tests;

public sealed class FixtureProvenanceTests
{
    /// <summary>Git blob ids of the files at ParaView's tag v5.11.2: the fixtures are byte-exact copies.</summary>
    [Theory]
    [InlineData("sources_filterssources.xml", "9a11c1718e68f36a9afa8e883c2df21c0cb81ea8")]
    [InlineData("sources_imagingcore.xml", "6be82d21212b4f1a3a1d56e02644ff3b5f966de0")]
    [InlineData("general_filters.xml", "3f28d561d968636b37949408f529923ba5296ec6")]
    [InlineData("filters_filtersgeneral.xml", "fe4c2ddeb12bc582d9dcc75fa391f5619fcbd93d")]
    [InlineData("filters_filterscore.xml", "4d756ec5e36f54b6560d0c5448ab735eeff839fb")]
    [InlineData("filters_filtersgeometry.xml", "9d7c0d5e77d2b55dfe51a862d54b713c7729073c")]
    [InlineData("filters_filtersparallel.xml", "3529aec1c2e02185161e6cf3377ba640c519ecfc")]
    [InlineData("utilities.xml", "9f2ce8a0f649ac83663ab9b2bed4df58e4557963")]
    [InlineData("misc_utilities.xml", "4b36f4112fa348b3a2f801f66a70314de5ddb450")]
    [InlineData("rendering.xml", "dee7d99a338aaa816978b6d197d8c0fae77d7537")]
    [InlineData("views_and_representations.xml", "e6d9f73eac55de28feecd0af401f2ab54f706f4c")]
    [InlineData("utilities_remotingviews.xml", "88f892991f9cb0eac6b4d3f748894a487f2a2b6d")]
    [InlineData("sources_filtersgeneral.xml", "147b7ceaa571ce3c93b2e25c9d5bada570845736")]
    [InlineData("readers_ioxml.xml", "09b972ca944855c9a832bf6936eafab2088ecb6e")]
    [InlineData("readers_ioparallel.xml", "167b273a97ebaf111691859e609c82d31ca7125f")]
    [InlineData("readers_pv_iocore.xml", "8bfbdb70f157abf2eb5d9af93887b97fe681421f")]
    public void ParaView_fixtures_are_the_v5_11_2_files_byte_for_byte(string file, string gitBlobId)
    {
        var bytes = File.ReadAllBytes(TestFixtures.PathOf("ParaViewXml", file));
        var header = Encoding.ASCII.GetBytes($"blob {bytes.Length}\0");

#pragma warning disable CA5350 // Git names blobs by SHA-1; this checks identity, not security.
        var id = Convert.ToHexStringLower(SHA1.HashData([.. header, .. bytes]));
#pragma warning restore CA5350

        Assert.Equal(gitBlobId, id);
    }

    [Fact]
    public void Built_in_definitions_load_quietly()
    {
        var logger = new TestLogger();

        var definitions = DefinitionManager.CreateDefault(logger);

        Assert.Equal(50, definitions.All.Count());
        Assert.DoesNotContain(logger.Entries, e => e.Level >= LogLevel.Information);
    }
}
