using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>Header-only reads and unselected arrays never touch the data: corrupting it changes nothing for them.</summary>
public sealed class SkippedDataTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orleanspv-skipped-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The fixture with the appended bytes of <paramref name="array"/> (its block table and data) overwritten.</summary>
    private string Corrupt(string fixture, string array)
    {
        byte[] data = File.ReadAllBytes(FormatFigures.PathOf(fixture));
        string text = System.Text.Encoding.Latin1.GetString(data);
        var match = System.Text.RegularExpressions.Regex.Match(text, $"Name=\"{array}\"[^>]*offset=\"(\\d+)\"");
        Assert.True(match.Success, $"{fixture} has no appended array '{array}'");
        int marker = text.IndexOf("<AppendedData", StringComparison.Ordinal);
        int start = text.IndexOf('_', marker) + 1 + int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        data.AsSpan(start, 64).Fill(0xFF);
        string path = Path.Combine(_folder, Path.GetFileName(fixture));
        File.WriteAllBytes(path, data);
        return path;
    }

    [Theory]
    [InlineData("vti/appended-raw_zlib_UInt64.vti")]
    [InlineData("vti/appended-raw_none_UInt32.vti")]
    [InlineData("vtu/appended-raw_lz4_UInt64.vtu")]
    public void An_unselected_array_with_corrupt_data_is_not_decoded(string fixture)
    {
        string array = fixture.StartsWith("vti", StringComparison.Ordinal) ? "Elevation" : "Velocity";
        string path = Corrupt(fixture, array);
        Assert.Throws<VtkFileFormatException>(() => DataSetReader.Read(path));

        DataSet data = DataSetReader.Read(path, new VtkReadOptions { PointArrays = fixture.StartsWith("vti", StringComparison.Ordinal) ? ["RTData"] : ["Temperature"] });
        Assert.DoesNotContain(data.PointData, a => a.Name == array);
        Assert.Single(data.PointData);
    }

    [Fact]
    public void Header_only_information_does_not_read_the_data()
    {
        string path = Corrupt("vti/appended-raw_zlib_UInt64.vti", "RTData");
        Assert.Throws<VtkFileFormatException>(() => DataSetReader.Read(path));

        VtkFileInformation info = DataSetReader.ReadInformation(path);
        Assert.Equal(["Elevation", "RTData"], info.PointArrays.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Equal(504, info.NumberOfPoints);
        Assert.Equal(new Extent(0, 8, 0, 7, 0, 6), info.WholeExtent);
    }
}
