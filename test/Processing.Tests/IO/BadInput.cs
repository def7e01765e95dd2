using System.Text;
using OrleansPV.Processing.IO;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>Helpers for the bad-input corpus: edit a fixture, read it, expect one exception naming the problem.</summary>
internal static class BadInput
{
    /// <summary>Reads <paramref name="content"/> as <paramref name="fileName"/>; asserts a VtkFileFormatException whose message names the file and every fragment.</summary>
    public static VtkFileFormatException Throws(byte[] content, string fileName, params string[] fragments)
    {
        var ex = Assert.Throws<VtkFileFormatException>(() => DataSetReader.Read(new MemoryStream(content), fileName));
        Assert.StartsWith(fileName + ": ", ex.Message, StringComparison.Ordinal);
        foreach (string fragment in fragments)
        {
            Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        }

        // The information pass rejects what it reads too, or succeeds when the damage is only in array values.
        try
        {
            DataSetReader.ReadInformation(new MemoryStream(content), fileName);
        }
        catch (VtkFileFormatException)
        {
        }

        return ex;
    }

    public static VtkFileFormatException Throws(string content, string fileName, params string[] fragments)
        => Throws(Encoding.UTF8.GetBytes(content), fileName, fragments);

    /// <summary>A fixture with the first occurrence of <paramref name="find"/> replaced (the text must occur).</summary>
    public static byte[] Replace(string fixture, string find, string replacement)
    {
        byte[] data = Fixtures.Bytes(fixture);
        byte[] f = Encoding.ASCII.GetBytes(find);
        int at = data.AsSpan().IndexOf(f);
        Assert.True(at >= 0, $"'{find}' not found in {fixture}");
        return [.. data.AsSpan(0, at), .. Encoding.ASCII.GetBytes(replacement), .. data.AsSpan(at + f.Length)];
    }

    public static byte[] Truncate(string fixture, int length) => Fixtures.Bytes(fixture).AsSpan(0, length).ToArray();

    /// <summary>Everything from the first occurrence of <paramref name="find"/> on is dropped.</summary>
    public static byte[] CutAt(string fixture, string find)
    {
        byte[] data = Fixtures.Bytes(fixture);
        int at = data.AsSpan().IndexOf(Encoding.ASCII.GetBytes(find));
        Assert.True(at >= 0, $"'{find}' not found in {fixture}");
        return data.AsSpan(0, at).ToArray();
    }
}
