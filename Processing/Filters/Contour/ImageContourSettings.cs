namespace OrleansPV.Processing.Filters.Contour;

/// <summary>What the image contourer computes besides points and polygons.</summary>
internal sealed class ImageContourSettings
{
    public required double[] Values { get; init; }

    public bool ComputeNormals { get; init; }

    public bool ComputeGradients { get; init; }

    public bool GenerateTriangles { get; init; } = true;

    /// <summary>Keep each point's input edge and parameter, to interpolate other point arrays.</summary>
    public bool RecordEdges { get; init; }

    /// <summary>Keep each polygon's input voxel, to copy cell arrays.</summary>
    public bool RecordCells { get; init; }

    /// <summary>Slabs of slices per contour value; null picks a number from the size and the processor count.</summary>
    public int? SlabsPerValue { get; init; }
}
