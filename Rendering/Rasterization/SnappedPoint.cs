namespace OrleansPV.Rendering.Rasterization;

/// <summary>
/// A vertex's window x and y snapped to 1/256 pixel, computed once per vertex instead of once per
/// triangle. <see cref="NotDirect"/> marks a vertex the triangle code must handle from its window
/// position (closer than the near plane, behind the eye, or outside the guard band).
/// </summary>
internal readonly record struct SnappedPoint(int X, int Y)
{
    public const int NotDirect = int.MinValue;

    public bool IsDirect => X != NotDirect;
}
