namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>Which attribute data the calculator reads and writes (vtkDataObject's association numbers).</summary>
public enum CalculatorAttributeType
{
    /// <summary>Point data; coordinates are available as coordsX/coordsY/coordsZ/coords.</summary>
    PointData = 0,

    /// <summary>Cell data.</summary>
    CellData = 1,
}
