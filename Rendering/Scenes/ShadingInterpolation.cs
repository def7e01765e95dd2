namespace OrleansPV.Rendering.Scenes;

/// <summary>vtkProperty's Interpolation: per-face or interpolated per-vertex normals.</summary>
public enum ShadingInterpolation
{
    Flat,
    Gouraud,
}
