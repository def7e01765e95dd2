namespace OrleansPV.Rendering.ColorMaps;

/// <summary>
/// A discretized colour map over a scalar range: ParaView's default lookup table
/// (vtkDiscretizableColorTransferFunction, Discretize on, 256 values). Entry i is the transfer
/// function at min + i/(n−1)·(max−min); a value maps to entry ⌊(v − min)/(max − min)·n⌋, clamped.
/// Immutable and shared freely between frames.
/// </summary>
public sealed class LookupTable
{
    private readonly uint[] _rgba;

    public LookupTable(ColorTransferFunction function, double min, double max, int numberOfValues = 256)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentOutOfRangeException.ThrowIfLessThan(numberOfValues, 1);
        if (!(max >= min))
        {
            throw new ArgumentException($"Range max {max} is below min {min}.", nameof(max));
        }

        Function = function.Rescale(min, max);
        Min = min;
        Max = max;
        _rgba = new uint[numberOfValues];
        for (int i = 0; i < numberOfValues; i++)
        {
            double x = numberOfValues > 1 ? min + ((double)i / (numberOfValues - 1) * (max - min)) : 0.5 * (min + max);
            _rgba[i] = Pack(Function.GetColor(x));
        }

        NanRgba = Pack(Function.NanColor);
    }

    public ColorTransferFunction Function { get; }

    public double Min { get; }

    public double Max { get; }

    public int NumberOfValues => _rgba.Length;

    /// <summary>Table entries as RGBA bytes packed little-endian (R in the low byte), alpha 255.</summary>
    public ReadOnlySpan<uint> Rgba => _rgba;

    public uint NanRgba { get; }

    /// <summary>ParaView's default: "Cool to Warm" over [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static LookupTable CoolToWarm(double min, double max) => new(ColorMapPresets.Get(ColorMapPresets.CoolToWarm), min, max);

    /// <summary>
    /// Position of <paramref name="value"/> in the range, 0 at min and 1 at max (the colour texture
    /// coordinate). For an empty range ParaView widens the max by a few ulps (vtkSMCoreUtilities::
    /// AdjustRange), so the min itself maps to the first entry and anything above it to the last.
    /// </summary>
    public float ToTextureCoordinate(double value) => Max > Min ? (float)((value - Min) / (Max - Min)) : (value <= Min ? 0f : 1f);

    /// <summary>Entry for a texture coordinate (clamped; NaN gives the NaN colour).</summary>
    public uint MapTextureCoordinate(float t)
    {
        if (float.IsNaN(t))
        {
            return NanRgba;
        }

        int index = (int)MathF.Floor(t * _rgba.Length);
        return _rgba[Math.Clamp(index, 0, _rgba.Length - 1)];
    }

    public uint Map(double value) => double.IsNaN(value) ? NanRgba : MapTextureCoordinate(ToTextureCoordinate(value));

    private static uint Pack((double R, double G, double B) c)
        => Scenes.ColorRgb.ToByte(c.R) | ((uint)Scenes.ColorRgb.ToByte(c.G) << 8) | ((uint)Scenes.ColorRgb.ToByte(c.B) << 16) | 0xFF000000u;
}
