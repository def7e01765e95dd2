namespace OrleansPV.Benchmarks.ColdStart;

/// <summary>
/// The frame-filling still sequence of issue 12, shared by our runs and ParaView's script
/// (test/Benchmarks/ParaView/still_sequence.py): Wavelet with WholeExtent −128..127 (256^3),
/// Contour of RTData at 157 coloured by RTData, a 1024x768 view, the camera 440 units from the
/// data's centre looking along −z with +y up, then Azimuth 18° before every still. 18° divides
/// 360°, so stills 1–20 and 81–100 show exactly the same views: their rates differ by cold start only.
/// </summary>
internal static class StillSequence
{
    public const int Width = 1024;
    public const int Height = 768;
    public const int HalfSize = 128;
    public const double ContourValue = 157;
    public const double Distance = 440;
    public const double AzimuthDegrees = 18;
    public const int DefaultStills = 100;

    /// <summary>The centre of the wavelet's bounds (−128..127 on each axis).</summary>
    public const double Centre = -0.5;

    public static (double[] Position, double[] FocalPoint, double[] ViewUp) InitialCamera()
        => ([Centre, Centre, Centre + Distance], [Centre, Centre, Centre], [0, 1, 0]);

    /// <summary>vtkCamera::Azimuth about +y through the focal point: the position after <paramref name="stills"/> steps.</summary>
    public static double[] Position(int stills)
    {
        double a = stills * AzimuthDegrees * Math.PI / 180;
        return [Centre + (Distance * Math.Sin(a)), Centre, Centre + (Distance * Math.Cos(a))];
    }
}
