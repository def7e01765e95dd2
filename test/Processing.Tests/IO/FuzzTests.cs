using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>
/// Truncates and corrupts valid files at many seeded positions: reading either succeeds or throws
/// VtkFileFormatException — never another exception, never a hang. A failure names the mutation so it can
/// be replayed and added to the bad-input corpus.
/// </summary>
public class FuzzTests
{
    private static readonly TimeSpan s_timeLimit = TimeSpan.FromSeconds(60);

    private static readonly byte[] s_interesting = "<>\"_=/ \n0 9-.eE%"u8.ToArray();

    public static TheoryData<string> Sources => new()
    {
        "wavelet32_binary.vtk",
        "contour157_appended_zlib.vtp",
        "wavelet32_binary_zlib.vti",
        "written:legacy-ascii-poly",
        "written:legacy-binary-grid",
        "written:xml-binary-grid",
        "written:xml-ascii-poly",
        "written:xml-appended-base64-zlib-image",
        "Cells/every_ascii.vtu",
        "Cells/every_binary.vtk",
        "Cells/every_ascii.vtk",
        "Cells/polyhedron_house.vtu",
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Truncated_or_corrupted_file_throws_only_VtkFileFormatException(string source)
    {
        (byte[] original, string fileName) = Load(source);
        var random = new Random(20261123 ^ source.Length);
        await Task.Run(() =>
        {
            for (int iteration = 0; iteration < 500; iteration++)
            {
                (byte[] mutated, string description) = Mutate(original, random, iteration);
                ReadExpectingOnlyFormatErrors(mutated, fileName, $"{source} iteration {iteration}: {description}");
            }
        }).WaitAsync(s_timeLimit);
    }

    private static void ReadExpectingOnlyFormatErrors(byte[] data, string fileName, string description)
    {
        try
        {
            DataSetReader.ReadInformation(new MemoryStream(data), fileName);
            DataSet result = DataSetReader.Read(new MemoryStream(data), fileName);
            _ = DataInformation.From(result);
        }
        catch (VtkFileFormatException)
        {
        }
        catch (Exception ex)
        {
            Assert.Fail($"{description} threw {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
        }
    }

    private static (byte[] Data, string Description) Mutate(byte[] original, Random random, int iteration)
    {
        int position = random.Next(original.Length);
        switch (iteration % 4)
        {
            case 0:
                return (original.AsSpan(0, position).ToArray(), $"truncated to {position} bytes");
            case 1:
            {
                byte[] copy = (byte[])original.Clone();
                int count = 1 + random.Next(4);
                var changes = new List<string>();
                for (int i = 0; i < count; i++)
                {
                    int at = Math.Min(original.Length - 1, position + random.Next(16));
                    copy[at] = (byte)random.Next(256);
                    changes.Add($"[{at}]=0x{copy[at]:X2}");
                }

                return (copy, "bytes set " + string.Join(", ", changes));
            }

            case 2:
            {
                byte[] copy = (byte[])original.Clone();
                byte value = s_interesting[random.Next(s_interesting.Length)];
                copy[position] = value;
                return (copy, $"byte {position} set to '{(char)value}'");
            }

            default:
            {
                int length = Math.Min(original.Length - position, 1 + random.Next(64));
                byte[] cut = [.. original.AsSpan(0, position), .. original.AsSpan(position + length)];
                return (cut, $"{length} bytes removed at {position}");
            }
        }
    }

    private static (byte[] Data, string FileName) Load(string source)
    {
        if (!source.StartsWith("written:", StringComparison.Ordinal))
        {
            return (Fixtures.Bytes(source), source);
        }

        (string data, bool legacy, DataSetWriterOptions options) = source switch
        {
            "written:legacy-ascii-poly" => ("poly-all-cells", true, new DataSetWriterOptions { DataMode = VtkDataMode.Ascii }),
            "written:legacy-binary-grid" => ("grid-mixed", true, new DataSetWriterOptions { DataMode = VtkDataMode.Binary }),
            "written:xml-binary-grid" => ("grid-mixed", false, new DataSetWriterOptions { DataMode = VtkDataMode.Binary }),
            "written:xml-ascii-poly" => ("poly-all-cells", false, new DataSetWriterOptions { DataMode = VtkDataMode.Ascii }),
            _ => ("image-offset", false, new DataSetWriterOptions { AppendedBase64 = true }),
        };
        DataSet dataSet = RoundTripData.Create(data);
        using var stream = new MemoryStream();
        DataSetWriter.Write(dataSet, stream, legacy, options);
        return (stream.ToArray(), legacy ? "fuzz.vtk" : "fuzz" + DataSetWriter.XmlExtension(dataSet));
    }
}
