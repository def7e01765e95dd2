using System.Xml.Linq;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.TestUtilities;

/// <summary>
/// Test-only loader for the ParaView-written fixture Fixtures/ParaView/contour157_binary.vtp
/// (VTK XML PolyData, inline base64 "binary" arrays with a UInt64 byte-count header, no compression,
/// Float32 points and point data, Int64 polygon connectivity and offsets).
/// </summary>
public static class BinaryVtpFixture
{
    public static PolyData Load(string fileName)
    {
        XElement piece = XDocument.Load(TestFixtures.PathOf("ParaView", fileName)).Descendants("Piece").Single();
        var data = new PolyData { Points = new DataArray<float>("Points", 3, Floats(piece.Element("Points")!.Element("DataArray")!)) };
        XElement pointData = piece.Element("PointData")!;
        foreach (XElement array in pointData.Elements("DataArray"))
        {
            int components = (int?)array.Attribute("NumberOfComponents") ?? 1;
            data.PointData.Add(new DataArray<float>((string)array.Attribute("Name")!, components, Floats(array)));
        }

        data.PointData.ActiveScalars = (string?)pointData.Attribute("Scalars");
        data.PointData.ActiveNormals = (string?)pointData.Attribute("Normals");
        XElement polys = piece.Element("Polys")!;
        long[] connectivity = Longs(polys.Elements("DataArray").Single(e => (string?)e.Attribute("Name") == "connectivity"));
        long[] offsets = Longs(polys.Elements("DataArray").Single(e => (string?)e.Attribute("Name") == "offsets"));
        var cellOffsets = new int[offsets.Length + 1];
        for (int i = 0; i < offsets.Length; i++)
        {
            cellOffsets[i + 1] = checked((int)offsets[i]);
        }

        data.Polys = new CellArray(cellOffsets, Array.ConvertAll(connectivity, v => checked((int)v)));
        return data;
    }

    /// <summary>One base64 block: an 8-byte length, then the data (the element's own text, not its InformationKey children).</summary>
    private static byte[] Payload(XElement array)
    {
        string text = string.Concat(array.Nodes().OfType<XText>().Select(t => t.Value)).Trim();
        byte[] bytes = Convert.FromBase64String(text);
        long length = BitConverter.ToInt64(bytes, 0);
        return bytes[8..(int)(8 + length)];
    }

    private static float[] Floats(XElement array)
    {
        byte[] payload = Payload(array);
        var values = new float[payload.Length / 4];
        Buffer.BlockCopy(payload, 0, values, 0, payload.Length);
        return values;
    }

    private static long[] Longs(XElement array)
    {
        byte[] payload = Payload(array);
        var values = new long[payload.Length / 8];
        Buffer.BlockCopy(payload, 0, values, 0, payload.Length);
        return values;
    }
}
