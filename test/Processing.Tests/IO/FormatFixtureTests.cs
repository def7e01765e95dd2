using System.Text.Json;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>
/// Every file make_fixtures.py wrote (each XML format × encoding × compressor × header type, parallel forms,
/// .vtm, .pvd) reads to the data information pvpython 5.11 printed for it.
/// </summary>
public sealed class FormatFixtureTests
{
    public static TheoryData<string> Files() => [.. FormatFigures.Names()];

    [Theory]
    [MemberData(nameof(Files))]
    public void Data_information_equals_ParaViews(string file)
    {
        DataSet data = DataSetReader.Read(FormatFigures.PathOf(file));
        FormatFigures.AssertMatches(FormatFigures.Files.GetProperty(file), DataInformation.From(data), file);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Header_only_information_declares_the_same_type_counts_and_arrays(string file)
    {
        JsonElement expected = FormatFigures.Files.GetProperty(file);
        VtkFileInformation info = DataSetReader.ReadInformation(FormatFigures.PathOf(file));
        Assert.Equal(expected.GetProperty("type").GetString(), info.DataSetType);
        Assert.Equal(expected.GetProperty("points").GetInt64(), info.NumberOfPoints);
        Assert.Equal(expected.GetProperty("cells").GetInt64(), info.NumberOfCells);
        Assert.Equal(Names(expected.GetProperty("point_arrays")), info.PointArrays.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Equal(Names(expected.GetProperty("cell_arrays")), info.CellArrays.Select(a => a.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pvd_time_steps_and_each_step_equal_ParaViews()
    {
        JsonElement expected = FormatFigures.Files.GetProperty("series.pvd");
        string path = FormatFigures.PathOf("series.pvd");
        double[] steps = expected.GetProperty("timesteps").EnumerateArray().Select(t => t.GetDouble()).ToArray();
        Assert.Equal(steps, DataSetReader.ReadInformation(path).TimeSteps);
        foreach (JsonProperty step in expected.GetProperty("steps").EnumerateObject())
        {
            double time = double.Parse(step.Name, System.Globalization.CultureInfo.InvariantCulture);
            DataSet data = DataSetReader.Read(path, new VtkReadOptions { Time = time });
            Assert.Equal(time, data.DataTime);
            FormatFigures.AssertMatches(step.Value, DataInformation.From(data), $"series.pvd at {time}");
        }
    }

    [Fact]
    public void Unselected_arrays_are_not_read()
    {
        string path = FormatFigures.PathOf("vti/appended-raw_zlib_UInt64.vti");
        DataSet data = DataSetReader.Read(path, new VtkReadOptions { PointArrays = ["RTData"], CellArrays = [] });
        Assert.Equal(["RTData"], data.PointData.Select(a => a.Name));
        Assert.Empty(data.CellData);
        VtkFileInformation info = DataSetReader.ReadInformation(path);
        Assert.Equal(["RTData", "Elevation"], info.PointArrays.Select(a => a.Name).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void Multiblock_blocks_keep_names_nesting_and_empty_blocks()
    {
        var blocks = (MultiBlockDataSet)DataSetReader.Read(FormatFigures.PathOf("multiblock/blocks.vtm"));
        Assert.Equal(["image", "sphere", "nested", "curvilinear"], blocks.Blocks.Select(b => b.Name));
        var nested = Assert.IsType<MultiBlockDataSet>(blocks.Blocks[2].Data);
        Assert.IsType<UnstructuredGrid>(nested.Blocks[0].Data);
        Assert.Equal("cells", nested.Blocks[0].Name);

        // VTK writes no entry for the trailing empty block; the reader places blocks by their index.
        Assert.Single(nested.Blocks);
        Assert.Equal(4, DataInformation.From(blocks).Blocks.Count);
    }

    private static string[] Names(JsonElement arrays) => [.. arrays.EnumerateArray().Select(a => a.GetProperty("name").GetString()!).Order(StringComparer.Ordinal)];
}
