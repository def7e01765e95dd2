using OrleansPV.Processing.DataModel;
using OrleansPV.Rendering.Cameras;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Rendering.Overlays;

/// <summary>
/// ParaView's orientation axes (vtkPVAxesActor's defaults): per axis a line shaft from the origin to
/// 0.8, a 16-sided cone tip from 0.8 to 1 of radius 0.08, X red, Y yellow, Z green, and a letter at
/// the shaft's end facing the camera, 0.2 high (our own block letters where ParaView uses vtkVectorText).
/// </summary>
internal static class OrientationAxesGeometry
{
    private const double ShaftLength = 0.8;
    private const double TipRadius = 0.08;
    private const int TipResolution = 16;
    private const double LabelHeight = 0.2;

    private static readonly (Vector3d Direction, ColorRgb Color, char Letter)[] s_axes =
    [
        (new Vector3d(1, 0, 0), new ColorRgb(1, 0, 0), 'X'),
        (new Vector3d(0, 1, 0), new ColorRgb(1, 1, 0), 'Y'),
        (new Vector3d(0, 0, 1), new ColorRgb(0, 1, 0), 'Z'),
    ];

    /// <summary>Shafts and tips do not depend on the camera: built once (the renderer only reads geometry).</summary>
    private static readonly SceneObject[] s_shaftsAndTips = [.. s_axes.SelectMany(ShaftAndTip)];

    public static IReadOnlyList<SceneObject> Create(Camera camera, ColorRgb labelColor)
    {
        // Letters lie in the view plane, upright on the screen (vtkFollower).
        Vector3d up = camera.ViewUp.Normalized();
        Vector3d right = camera.DirectionOfProjection.Cross(up).Normalized();
        up = right.Cross(camera.DirectionOfProjection).Normalized();
        var label = new DisplayProperties { DiffuseColor = labelColor, AmbientColor = labelColor, Ambient = 1, Diffuse = 0, Interpolation = ShadingInterpolation.Flat };
        var objects = new List<SceneObject>(s_shaftsAndTips);
        foreach ((Vector3d direction, _, char letter) in s_axes)
        {
            objects.Add(new SceneObject(BlockLetters.Create(letter, direction * ShaftLength, right * LabelHeight, up * LabelHeight), label));
        }

        return objects;
    }

    private static IEnumerable<SceneObject> ShaftAndTip((Vector3d Direction, ColorRgb Color, char Letter) axis)
    {
        var solid = new DisplayProperties { DiffuseColor = axis.Color, AmbientColor = axis.Color, Interpolation = ShadingInterpolation.Flat };
        yield return new SceneObject(Shaft(axis.Direction), solid with { Ambient = 1, Diffuse = 0 });
        yield return new SceneObject(Tip(axis.Direction), solid);
    }

    private static PolyData Shaft(Vector3d direction)
    {
        Vector3d end = direction * ShaftLength;
        return new PolyData
        {
            Points = new DataArray<float>("Points", 3, [0, 0, 0, (float)end.X, (float)end.Y, (float)end.Z]),
            Lines = new CellArray([0, 2], [0, 1]),
        };
    }

    /// <summary>A capped cone (vtkConeSource): apex at 1, base at 0.8 along the axis.</summary>
    private static PolyData Tip(Vector3d direction)
    {
        Vector3d a = Math.Abs(direction.X) < 0.9 ? new Vector3d(1, 0, 0) : new Vector3d(0, 1, 0);
        Vector3d u = direction.Cross(a).Normalized(), v = direction.Cross(u);
        var points = new float[3 * (TipResolution + 1)];
        Vector3d apex = direction;
        points[0] = (float)apex.X;
        points[1] = (float)apex.Y;
        points[2] = (float)apex.Z;
        for (int i = 0; i < TipResolution; i++)
        {
            double angle = 2 * Math.PI * i / TipResolution;
            Vector3d p = (direction * ShaftLength) + (u * (TipRadius * Math.Cos(angle))) + (v * (TipRadius * Math.Sin(angle)));
            points[3 * (i + 1)] = (float)p.X;
            points[(3 * (i + 1)) + 1] = (float)p.Y;
            points[(3 * (i + 1)) + 2] = (float)p.Z;
        }

        // The base first (one polygon, wound to face away from the apex), then the side triangles.
        var connectivity = new List<int>((TipResolution * 4) + 1);
        var offsets = new List<int> { 0 };
        for (int i = TipResolution; i >= 1; i--)
        {
            connectivity.Add(i);
        }

        offsets.Add(connectivity.Count);
        for (int i = 0; i < TipResolution; i++)
        {
            connectivity.AddRange([0, 1 + i, 1 + ((i + 1) % TipResolution)]);
            offsets.Add(connectivity.Count);
        }

        return new PolyData { Points = new DataArray<float>("Points", 3, points), Polys = new CellArray([.. offsets], [.. connectivity]) };
    }
}
