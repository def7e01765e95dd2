using System.Text.Json;
using OrleansPV.Processing.IO;
using Xunit;

namespace OrleansPV.Processing.Tests.Readers;

/// <summary>
/// The bad legacy-file corpus (Fixtures/BadLegacy, made by make_bad_legacy.py): each file fails with an
/// error naming the file, where (line or byte) and what, and reading it allocates no more than the
/// file could hold, whatever sizes it declares.
/// </summary>
public sealed class LegacyBadFileTests
{
    private static readonly JsonElement s_expected = JsonDocument.Parse(File.ReadAllText(TestFixtures.PathOf("BadLegacy", "expected.json"))).RootElement;

    public static TheoryData<string> Corpus() => [.. s_expected.EnumerateObject().Select(static p => p.Name)];

    [Theory]
    [MemberData(nameof(Corpus))]
    public void A_bad_file_is_refused_naming_file_place_and_problem_within_the_files_size(string file)
    {
        string path = TestFixtures.PathOf("BadLegacy", file);
        JsonElement expected = s_expected.GetProperty(file);
        long fileBytes = new FileInfo(path).Length;

        long before = GC.GetAllocatedBytesForCurrentThread();
        var full = Assert.Throws<VtkFileFormatException>(() => DataSetReader.Read(path));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var errors = new List<VtkFileFormatException> { full };
        if (expected.GetProperty("header").GetBoolean())
        {
            errors.Add(Assert.Throws<VtkFileFormatException>(() => DataSetReader.ReadInformation(path)));
        }

        foreach (VtkFileFormatException error in errors)
        {
            Assert.Equal(file, error.FileName);
            Assert.StartsWith(file + ": ", error.Message, StringComparison.Ordinal);
            Assert.Contains(expected.GetProperty("where").GetString()!, error.Location, StringComparison.Ordinal);
            Assert.Contains(expected.GetProperty("what").GetString()!, error.Message, StringComparison.Ordinal);
        }

        // The file's bytes, the arrays they could hold (8-byte values from ASCII digits), and fixed overhead.
        Assert.True(allocated < (fileBytes * 16) + (256 << 10), $"{file}: reading allocated {allocated:N0} bytes for a {fileBytes:N0}-byte file");
    }
}
