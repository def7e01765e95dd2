using Xunit;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.IO;
using OrleansPV.Processing.Sources.Readers;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Readers;

public sealed class FileSeriesReaderTests
{
    private static string Fixture(string name) => TestFixtures.PathOf("ParaView", "readers", name);

    [Fact]
    public void The_header_lists_the_arrays_without_reading_them()
    {
        var reader = new FileSeriesReader("vtkFileSeriesReader", ReaderCatalog.Wrapped["XMLImageDataReaderCore"], LocalDataFiles.Unrestricted)
        {
            FileNames = [Fixture("steps_0.vti")],
        };

        VtkFileInformation header = reader.ReadHeader(CancellationToken.None);

        Assert.Equal(["PointValue", "PointVector"], header.PointArrays.Select(a => a.Name));
        Assert.Equal(["CellId"], header.CellArrays.Select(a => a.Name));
    }

    [Fact]
    public void A_series_is_time_steps_and_an_update_time_picks_the_file()
    {
        var reader = new FileSeriesReader("vtkFileSeriesReader", ReaderCatalog.Wrapped["legacyreader"], LocalDataFiles.Unrestricted)
        {
            FileNames = [Fixture("series_0.vtk"), Fixture("series_1.vtk"), Fixture("series_2.vtk")],
        };

        DataSet atOne = Executive.Update(reader, new ExecutionContext { UpdateTime = 1.7 });

        Assert.Equal([0.0, 1.0, 2.0], reader.Time!.Steps);
        Assert.Equal(DataSetReader.Read(Fixture("series_1.vtk")).GetBounds(), atOne.GetBounds());
        Assert.Equal(1.7, atOne.DataTime); // vtkFileSeriesReader's output is at the time asked for (pvpython: Time 1.7)
    }

    [Fact]
    public void A_reader_refuses_a_file_of_another_type_naming_it()
    {
        var reader = new FileSeriesReader("vtkFileSeriesReader", ReaderCatalog.Wrapped["XMLPolyDataReaderCore"], LocalDataFiles.Unrestricted)
        {
            FileNames = [Fixture("poly_binary.vtk").Replace("poly_binary.vtk", "image_binary.vtk", StringComparison.Ordinal)],
        };

        var error = Assert.Throws<AlgorithmException>(() => Executive.Update(reader, new ExecutionContext()));

        Assert.Contains("image_binary.vtk", error.Message, StringComparison.Ordinal);
        Assert.Contains("vtkPolyData", error.Message, StringComparison.Ordinal);
    }
}
