using System.Text.Json;
using OrleansPV.Processing.DataModel;
using OrleansPV.Rendering.Cameras;

namespace OrleansPV.Rendering.Tests;

/// <summary>Cameras ParaView reported with its reference screenshots (Fixtures/cameras.json).</summary>
public static class CameraFigures
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(TestFixtures.PathOf("ParaViewImages", "cameras.json"))));

    public static Camera Get(string name)
    {
        JsonElement e = Document.Value.RootElement.GetProperty(name);
        return new Camera
        {
            Position = Vector(e.GetProperty("CameraPosition")),
            FocalPoint = Vector(e.GetProperty("CameraFocalPoint")),
            ViewUp = Vector(e.GetProperty("CameraViewUp")),
            ViewAngle = e.GetProperty("CameraViewAngle").GetDouble(),
            ParallelProjection = e.GetProperty("CameraParallelProjection").GetInt32() != 0,
        };
    }

    public static (int Width, int Height) ViewSize(string name)
    {
        JsonElement size = Document.Value.RootElement.GetProperty(name).GetProperty("ViewSize");
        return (size[0].GetInt32(), size[1].GetInt32());
    }

    private static Vector3d Vector(JsonElement e) => new(e[0].GetDouble(), e[1].GetDouble(), e[2].GetDouble());
}
