using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Contour;

/// <summary>Turns <see cref="ContourPieces"/> into poly data with the arrays VTK's contour filters attach.</summary>
internal static class ContourPolyData
{
    /// <param name="excluded">The contoured array, which is never interpolated.</param>
    /// <param name="scalarsArray">When not null, the contoured array whose type and name the constant scalars take.</param>
    public static PolyData Build(ContourPieces pieces, DataSet input, double[] values, string? excluded, DataArray? scalarsArray, bool polygonsAsLines = false)
    {
        var output = new PolyData { Points = new DataArray<float>("Points", 3, pieces.Points) };
        var cells = new CellArray(pieces.Offsets, pieces.Connectivity);
        if (polygonsAsLines)
        {
            output.Lines = cells;
        }
        else
        {
            output.Polys = cells;
        }

        if (pieces.EdgeA is not null)
        {
            AttributeTransfer.InterpolatePointArrays(input.PointData, output.PointData, excluded, pieces.EdgeA, pieces.EdgeB, pieces.EdgeT);
        }

        if (pieces.SourceCells is not null)
        {
            AttributeTransfer.CopyCellArrays(input.CellData, output.CellData, pieces.SourceCells);
        }

        if (scalarsArray is not null)
        {
            output.PointData.Add(ConstantScalars(scalarsArray, pieces.PointsPerValue, values));
            output.PointData.ActiveScalars = scalarsArray.Name;
        }

        if (pieces.Gradients is not null)
        {
            output.PointData.Add(new DataArray<float>("Gradients", 3, pieces.Gradients));
        }

        if (pieces.Normals is not null)
        {
            output.PointData.Add(new DataArray<float>("Normals", 3, pieces.Normals));
            output.PointData.ActiveNormals = "Normals";
        }

        return output;
    }

    /// <summary>The contour value at every point, as float32 like vtkSynchronizedTemplates3D's scalars.</summary>
    private static DataArray<float> ConstantScalars(DataArray source, int[] pointsPerValue, double[] values)
    {
        int total = 0;
        foreach (int n in pointsPerValue)
        {
            total += n;
        }

        var scalars = new DataArray<float>(source.Name, 1, total);
        Span<float> span = scalars.Values;
        int start = 0;
        for (int v = 0; v < values.Length; v++)
        {
            span.Slice(start, pointsPerValue[v]).Fill((float)values[v]);
            start += pointsPerValue[v];
        }

        return scalars;
    }
}
