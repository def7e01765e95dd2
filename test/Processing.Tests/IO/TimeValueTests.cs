using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.IO;
using OrleansPV.Processing.Sources;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>
/// Data at a time is written with its time as a "TimeValue" field array, as ParaView 5.11's XML writers do
/// (pvpython: SaveData of a series at 1.3 writes TimeValue 1.3 in place of the file's own), and an XML file's
/// TimeValue is its time step when read.
/// </summary>
public class TimeValueTests
{
    [Fact]
    public void Data_at_a_time_is_written_with_its_TimeValue_and_reads_back_as_that_time_step()
    {
        DataSet sphere = Executive.Update(new SphereSource());
        sphere.FieldData.Add(new DataArray<double>("TimeValue", 1, [1.0]));
        sphere.FieldData.Add(new DataArray<int>("Other", 1, [7]));
        sphere.DataTime = 1.3;
        string path = Path.Combine(Path.GetTempPath(), $"orleanspv-time-{Guid.NewGuid():N}.vtp");
        try
        {
            DataSetWriter.Write(sphere, path);

            VtkFileInformation information = DataSetReader.ReadInformation(path);
            DataSet read = DataSetReader.Read(path);

            Assert.Equal([1.3], information.TimeSteps);
            Assert.Equal(["TimeValue", "Other"], read.FieldData.Select(a => a.Name));
            Assert.Equal(1.3, read.FieldData.Get("TimeValue")!.GetValue(0, 0));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Data_without_a_time_keeps_its_field_data_as_it_is()
    {
        DataSet sphere = Executive.Update(new SphereSource());
        string path = Path.Combine(Path.GetTempPath(), $"orleanspv-time-{Guid.NewGuid():N}.vtp");
        try
        {
            DataSetWriter.Write(sphere, path);

            Assert.Empty(DataSetReader.ReadInformation(path).TimeSteps);
            Assert.Empty(DataSetReader.Read(path).FieldData);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
