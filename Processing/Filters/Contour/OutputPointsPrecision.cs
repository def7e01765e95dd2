namespace OrleansPV.Processing.Filters.Contour;

/// <summary>Precision of output point coordinates (vtkAlgorithm's DesiredOutputPrecision; ParaView's enumeration values).</summary>
public enum OutputPointsPrecision
{
    /// <summary>float32 coordinates.</summary>
    Single = 0,

    /// <summary>float64 coordinates.</summary>
    Double = 1,

    /// <summary>The input's precision (float32 when the input has no explicit points).</summary>
    SameAsInput = 2,
}
