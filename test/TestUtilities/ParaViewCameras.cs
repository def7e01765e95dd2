using System.Text.Json;

namespace OrleansPV.TestUtilities;

/// <summary>The view ParaView 5.11 reported with each reference screenshot (Fixtures/ParaViewImages/cameras.json).</summary>
public static class ParaViewCameras
{
    private static readonly Lazy<JsonElement> Views = new(() =>
        JsonDocument.Parse(File.ReadAllText(TestFixtures.PathOf("ParaViewImages", "cameras.json"))).RootElement);

    public static ReferenceView Get(string name)
    {
        JsonElement e = Views.Value.GetProperty(name);
        return new ReferenceView(
            e.GetProperty("ViewSize")[0].GetInt32(),
            e.GetProperty("ViewSize")[1].GetInt32(),
            e.GetProperty("OrientationAxesVisibility").GetInt32(),
            e.GetProperty("CameraParallelProjection").GetInt32(),
            Vector(e.GetProperty("CameraPosition")),
            Vector(e.GetProperty("CameraFocalPoint")),
            Vector(e.GetProperty("CameraViewUp")),
            e.GetProperty("CameraViewAngle").GetDouble());
    }

    private static double[] Vector(JsonElement e) => [e[0].GetDouble(), e[1].GetDouble(), e[2].GetDouble()];
}

/// <summary>The RenderView of a reference screenshot: its size and camera, as the ParaView properties of those names hold them.</summary>
public sealed record ReferenceView(
    int Width,
    int Height,
    int OrientationAxesVisibility,
    int CameraParallelProjection,
    double[] CameraPosition,
    double[] CameraFocalPoint,
    double[] CameraViewUp,
    double CameraViewAngle)
{
    /// <summary>The three camera vectors by property name.</summary>
    public IEnumerable<(string Name, double[] Value)> CameraVectors =>
        [("CameraPosition", CameraPosition), ("CameraFocalPoint", CameraFocalPoint), ("CameraViewUp", CameraViewUp)];
}
