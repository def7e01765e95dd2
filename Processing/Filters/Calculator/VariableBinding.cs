using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>
/// What a name in an expression stands for: components of an attribute array, point coordinates,
/// or a constant unit vector. <see cref="Components"/> has one entry (scalar) or three (vector).
/// </summary>
internal sealed record VariableBinding(DataArray? Array, int[] Components, bool IsCoordinates = false, Vector3d Constant = default)
{
    public int Width => Components.Length;

    public bool IsConstant => Array is null && !IsCoordinates;
}
