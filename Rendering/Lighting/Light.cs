using System.Numerics;

namespace OrleansPV.Rendering.Lighting;

/// <summary>
/// A directional light fixed to the camera: <paramref name="ToLight"/> is the unit direction from the
/// surface toward the light in camera coordinates (x right, y up, z toward the viewer), and
/// <paramref name="Color"/> is its colour times its intensity.
/// </summary>
public readonly record struct Light(Vector3 ToLight, Vector3 Color)
{
    /// <summary>vtkLight::SetDirectionAngle(elevation, azimuth) for a camera light.</summary>
    public static Light FromAngles(double elevationDegrees, double azimuthDegrees, Vector3 color, double intensity)
    {
        double el = elevationDegrees * Math.PI / 180.0, az = azimuthDegrees * Math.PI / 180.0;
        var direction = new Vector3((float)(Math.Cos(el) * Math.Sin(az)), (float)Math.Sin(el), (float)(Math.Cos(el) * Math.Cos(az)));
        return new Light(Vector3.Normalize(direction), color * (float)intensity);
    }
}
