using System.Numerics;

namespace OrleansPV.Rendering.Lighting;

/// <summary>
/// The lights of a render view. <see cref="ParaViewDefault"/> is ParaView's default light kit
/// (vtkLightKit: key light 0.75 at elevation 50°, azimuth 10°, warmth 0.6; fill light key/3 at
/// (−75°, −10°), warmth 0.4; two back lights key/3.5 at (0°, ±110°), warmth 0.5; headlight key/3,
/// warmth 0.5; MaintainLuminance off). The colours are vtkLightKit's warmth curve at those warmths.
/// </summary>
public sealed class LightKit
{
    public LightKit(IReadOnlyList<Light> lights)
    {
        ArgumentNullException.ThrowIfNull(lights);
        Lights = lights;
    }

    public IReadOnlyList<Light> Lights { get; }

    public static LightKit ParaViewDefault { get; } = CreateParaViewDefault();

    /// <summary>A single white headlight of intensity 1 (ParaView's "Light Kit" off, headlight on).</summary>
    public static LightKit Headlight { get; } = new([new Light(Vector3.UnitZ, Vector3.One)]);

    private static LightKit CreateParaViewDefault()
    {
        // vtkLightKit's warmth table, interpolated at the default warmths.
        var warm060 = new Vector3(1.0f, 0.97232f, 0.90222f);
        var cool040 = new Vector3(0.90824f, 0.93314f, 1.0f);
        var neutral050 = new Vector3(0.9998f, 0.9998f, 0.9998f);
        const double key = 0.75;
        return new LightKit(
        [
            new Light(Vector3.UnitZ, neutral050 * (float)(key / 3.0)),
            Light.FromAngles(50, 10, warm060, key),
            Light.FromAngles(-75, -10, cool040, key / 3.0),
            Light.FromAngles(0, 110, neutral050, key / 3.5),
            Light.FromAngles(0, -110, neutral050, key / 3.5),
        ]);
    }
}
