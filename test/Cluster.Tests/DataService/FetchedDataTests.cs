using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;
using DataInformation = OrleansPV.GrainInterfaces.DataInformation;

namespace OrleansPV.Cluster.Tests.DataService;

/// <summary>
/// A fetched data object is the VTK XML file ParaView would write: its header gives the type and
/// counts the data service reported, it saves as a file ParaView's readers open, and ClientSdk.Data
/// reads it into a data set.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FetchedDataTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Image_poly_and_unstructured_outputs_arrive_as_VTK_XML_with_the_reported_counts()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        (Proxy wavelet, Proxy contour) = PipelineUpdateTests.WaveletContour(session, halfWidth: 8, value: 157);
        Proxy clip = session.CreateProxy("filters", "Clip");
        clip.SetInput("Input", wavelet);
        clip.UpdateVTKObjects();

        foreach ((Proxy proxy, string type, string extension) in new[] { (wavelet, "vtkImageData", ".vti"), (contour, "vtkPolyData", ".vtp"), (clip, "vtkUnstructuredGrid", ".vtu") })
        {
            DataInformation reported = await proxy.UpdatePipelineAsync();
            DataObject fetched = await proxy.FetchDataAsync();
            DataSet read = fetched.ToDataSet();

            Assert.Equal((type, extension), (fetched.DataSetType, fetched.FileExtension));
            Assert.Equal((reported.DataSetType, reported.NumberOfPoints, reported.NumberOfCells), (fetched.DataSetType, (long)fetched.NumberOfPoints, (long)fetched.NumberOfCells));
            Assert.Equal((read.DataSetType, read.NumberOfPoints, read.NumberOfCells), (fetched.DataSetType, fetched.NumberOfPoints, fetched.NumberOfCells));
            Assert.Equal(fetched.VtkXml.Length, fetched.TransferredBytes);
        }
    }

    [Fact]
    public async Task A_saved_data_object_is_a_file_the_VTK_readers_open()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        (_, Proxy contour) = PipelineUpdateTests.WaveletContour(session, halfWidth: 8, value: 157);
        DataObject fetched = await contour.FetchDataAsync();
        string path = Path.Combine(Path.GetTempPath(), $"orleanspv-fetched-{Guid.NewGuid():N}{fetched.FileExtension}");
        try
        {
            await fetched.SaveAsync(path);

            Assert.Equal(fetched.VtkXml.ToArray(), await File.ReadAllBytesAsync(path));
            DataSet reread = DataSetReader.Read(path);
            Assert.Equal((fetched.NumberOfPoints, fetched.NumberOfCells), (reread.NumberOfPoints, reread.NumberOfCells));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
