namespace OrleansPV.Processing.Filters.Contour;

/// <summary>
/// Contour geometry before it becomes poly data: float points, optional normals and gradients,
/// polygons, and where each point and polygon came from (for interpolating and copying arrays).
/// </summary>
internal sealed class ContourPieces
{
    public required float[] Points { get; init; }

    public float[]? Normals { get; init; }

    public float[]? Gradients { get; init; }

    /// <summary>Polygon offsets (cells + 1 entries) and connectivity.</summary>
    public required int[] Offsets { get; init; }

    public required int[] Connectivity { get; init; }

    /// <summary>Contour value index of each point.</summary>
    public required int[] PointsPerValue { get; init; }

    /// <summary>Input point ids at the ends of the edge each output point lies on, and the parameter from the first.</summary>
    public int[]? EdgeA { get; init; }

    public int[]? EdgeB { get; init; }

    public double[]? EdgeT { get; init; }

    /// <summary>Input cell each output polygon came from.</summary>
    public int[]? SourceCells { get; init; }

    public int PointCount => Points.Length / 3;

    public int CellCount => Offsets.Length - 1;
}
