namespace OrleansPV.Rendering.ColorMaps;

/// <summary>vtkColorTransferFunction's interpolation spaces used by ParaView's presets.</summary>
public enum ColorSpace
{
    Rgb,
    Lab,
    Diverging,
}
