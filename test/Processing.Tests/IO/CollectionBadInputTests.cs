using OrleansPV.Processing.IO;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>Bad .vtm, .pvd and parallel files: each error names the file and where, and nothing is allocated from a lying header.</summary>
public sealed class CollectionBadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orleanspv-bad-collections-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string CopyFixture(string fixture, string name)
    {
        string path = Path.Combine(_folder, name);
        File.Copy(FormatFigures.PathOf(fixture), path);
        return path;
    }

    private static VtkFileFormatException Throws(string path, params string[] fragments)
    {
        var ex = Assert.Throws<VtkFileFormatException>(() => DataSetReader.Read(path));
        foreach (string fragment in fragments)
        {
            Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        }

        return ex;
    }

    [Fact]
    public void A_parallel_whole_extent_larger_than_its_pieces_is_refused_before_allocating()
    {
        CopyFixture("parallel/appended-raw_none_0.vti", "appended-raw_none_0.vti");
        string path = Write("big.pvti", """
            <VTKFile type="PImageData" version="1.0" byte_order="LittleEndian" header_type="UInt64">
              <PImageData WholeExtent="0 1200 0 1200 0 1200" GhostLevel="0" Origin="0 0 0" Spacing="1 1 1">
                <PPointData Scalars="RTData"><PDataArray type="Float32" Name="RTData"/></PPointData>
                <Piece Extent="0 8 0 7 0 2" Source="appended-raw_none_0.vti"/>
              </PImageData>
            </VTKFile>
            """);
        Throws(path, "big.pvti: WholeExtent: the pieces hold", "do not cover it");
    }

    [Fact]
    public void A_multiblock_index_far_beyond_its_blocks_is_refused()
    {
        string path = Write("far.vtm", """
            <VTKFile type="vtkMultiBlockDataSet" version="1.0">
              <vtkMultiBlockDataSet><DataSet index="2000000000" name="x"/></vtkMultiBlockDataSet>
            </VTKFile>
            """);
        Throws(path, "far.vtm: line 2: index=\"2000000000\"");
    }

    [Fact]
    public void A_multiblock_with_the_wrong_type_is_named()
    {
        string path = Write("wrong.vtm", "<VTKFile type=\"PolyData\" version=\"1.0\"><PolyData/></VTKFile>");
        Throws(path, "wrong.vtm: line 1: type 'PolyData' is not a multiblock file");
    }

    [Fact]
    public void A_pvd_without_entries_or_with_a_bad_timestep_is_named()
    {
        Throws(Write("empty.pvd", "<VTKFile type=\"Collection\" version=\"0.1\"><Collection/></VTKFile>"), "empty.pvd", "<Collection> lists no <DataSet> files");
        Throws(Write("time.pvd", "<VTKFile type=\"Collection\" version=\"0.1\"><Collection><DataSet timestep=\"soon\" file=\"a.vtp\"/></Collection></VTKFile>"), "time.pvd", "timestep=\"soon\": expected a number");
    }

    [Fact]
    public void A_truncated_collection_is_not_well_formed_xml()
    {
        Throws(Write("cut.vtm", "<VTKFile type=\"vtkMultiBlockDataSet\" version=\"1.0\"><vtkMultiBlockDataSet><DataSet index=\"0\" fi"), "cut.vtm", "not well-formed XML");
    }

    [Fact]
    public void A_parallel_piece_of_the_wrong_type_is_named()
    {
        CopyFixture("vtp/ascii.vtp", "piece.vtu");
        string path = Write("mixed.pvtu", """
            <VTKFile type="PUnstructuredGrid" version="1.0">
              <PUnstructuredGrid><Piece Source="piece.vtu"/></PUnstructuredGrid>
            </VTKFile>
            """);
        Throws(path, "piece.vtu", "the file holds vtkPolyData but its extension is for vtkUnstructuredGrid");
    }

    [Fact]
    public void A_serial_piece_extent_smaller_than_the_whole_extent_is_refused()
    {
        string text = File.ReadAllText(FormatFigures.PathOf("vti/ascii.vti"))
            .Replace("WholeExtent=\"0 8 0 7 0 6\"", "WholeExtent=\"0 800 0 700 0 600\"", StringComparison.Ordinal);
        Throws(Write("w.vti", text), "w.vti: WholeExtent: the pieces hold 504 points");
    }
}
