using System.Reflection;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.IO;
using OrleansPV.Processing.IO.Readers;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>The readers as pipeline sources, created by the VTK class names ParaView's reader proxies use.</summary>
public class VtkFileReaderTests
{
    [Theory]
    [InlineData("vtkPDataSetReader", "wavelet32_binary.vtk", "wavelet_32")]
    [InlineData("vtkPDataSetReader", "clip_x0_binary.vtk", "wavelet_32_clip_x0")]
    [InlineData("vtkXMLImageDataReader", "wavelet32_appended_zlib.vti", "wavelet_32")]
    [InlineData("vtkXMLPolyDataReader", "contour157_appended_zlib.vtp", "wavelet_32_contour_157")]
    [InlineData("vtkXMLUnstructuredGridReader", "clip_x0_binary.vtu", "wavelet_32_clip_x0")]
    public void Registered_reader_reads_the_file_set_through_its_SetFileName_command(string className, string file, string referenceCase)
    {
        Algorithm reader = AlgorithmRegistry.CreateDefault().Create(className);
        SetByCommand(reader, "SetFileName", Fixtures.PathOf(file));

        DataSet output = Executive.Update(reader);

        Assert.Equal(className, reader.ClassName);
        ReferenceFigures.AssertMatches(referenceCase, DataInformation.From(output));
    }

    [Fact]
    public void Information_is_read_without_executing()
    {
        var reader = new VtkFileReader("vtkXMLImageDataReader", "vtkImageData") { FileName = Fixtures.PathOf("wavelet32_binary.vti") };

        VtkFileInformation info = reader.ReadInformation();

        Assert.Equal(new Extent(-16, 15, -16, 15, -16, 15), info.WholeExtent);
        Assert.Equal([new VtkArrayInformation("RTData", 1, ScalarType.Float32)], info.PointArrays);
        Assert.Null(reader.GetOutput());
    }

    [Fact]
    public void Reader_for_one_data_set_type_rejects_a_file_of_another()
    {
        Algorithm reader = AlgorithmRegistry.CreateDefault().Create("vtkXMLImageDataReader");
        ((VtkFileReader)reader).FileName = Fixtures.PathOf("contour157_binary.vtp");

        var ex = Assert.Throws<AlgorithmException>(() => Executive.Update(reader));
        Assert.Contains("holds vtkPolyData; this reader reads vtkImageData", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_file_fails_the_update_with_the_format_error_inside()
    {
        string path = Path.Combine(Path.GetTempPath(), $"orleanspv-bad-{Environment.ProcessId}.vtk");
        File.WriteAllText(path, "# vtk DataFile Version 5.1\nx\nASCII\nDATASET POLYDATA\nPOINTS 2 float\n0 0 0\n");
        try
        {
            var reader = new VtkFileReader("vtkPDataSetReader") { FileName = path };
            var ex = Assert.Throws<AlgorithmException>(() => Executive.Update(reader));
            var inner = Assert.IsType<VtkFileFormatException>(ex.InnerException);
            Assert.Contains("array 'Points' declares 6 values", inner.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_file_name_is_reported()
    {
        var ex = Assert.Throws<AlgorithmException>(() => Executive.Update(new VtkFileReader("vtkXMLPolyDataReader", "vtkPolyData")));
        Assert.Contains("FileName is not set", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_file_name_does_not_re_execute_but_a_new_one_does()
    {
        var reader = new VtkFileReader("vtkPDataSetReader") { FileName = Fixtures.PathOf("wavelet32_binary.vtk") };
        DataSet first = Executive.Update(reader);

        reader.FileName = Fixtures.PathOf("wavelet32_binary.vtk");
        Assert.Same(first, Executive.Update(reader));

        reader.FileName = Fixtures.PathOf("clip_x0_binary.vtk");
        Assert.IsType<UnstructuredGrid>(Executive.Update(reader));
    }

    [Theory]
    [InlineData("wavelet32_ascii.vtk")]
    [InlineData("wavelet32_binary.vtk")]
    [InlineData("wavelet32_ascii.vti")]
    [InlineData("wavelet32_appended_zlib.vti")]
    public void Cancelled_read_stops_with_OperationCanceledException(string file)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => DataSetReader.Read(Fixtures.PathOf(file), cancelled.Token));
    }

    private static void SetByCommand(Algorithm algorithm, string command, object value)
    {
        PropertyInfo property = algorithm.GetType().GetProperties().Single(p => p.GetCustomAttributes<CommandAttribute>().Any(c => c.Name == command));
        property.SetValue(algorithm, value);
    }
}
