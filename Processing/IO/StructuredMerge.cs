using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO;

/// <summary>
/// Places structured pieces (image, structured or rectilinear) into one data set over the whole extent, row by
/// row, as vtkXMLStructuredDataReader copies each piece's sub-extent into its output.
/// </summary>
internal static class StructuredMerge
{
    public static DataSet Place(IReadOnlyList<DataSet> pieces, Extent whole, string fileName)
    {
        DataSet first = pieces[0];

        // The whole extent is allocated: its points must come from the pieces, so a header cannot make this
        // allocate more than the files hold (pieces share boundary points, so together they hold at least as many).
        long held = pieces.Sum(p => (long)PieceMerger.Extent(p)!.Value.NumberOfPoints);
        if (held < whole.NumberOfPoints)
        {
            throw new VtkFileFormatException(fileName, "WholeExtent", $"the pieces hold {held} points but WholeExtent '{string.Join(' ', whole.ToArray())}' has {whole.NumberOfPoints}; the pieces do not cover it");
        }

        DataSet output = first switch
        {
            ImageData image => new ImageData(whole, image.Origin, image.Spacing),
            StructuredGrid grid => new StructuredGrid(whole) { Points = DataArray.Create(grid.Points.ScalarType, "Points", 3, whole.NumberOfPoints) },
            RectilinearGrid => Rectilinear(pieces.Cast<RectilinearGrid>().ToList(), whole),
            _ => throw new VtkFileFormatException(fileName, "pieces", $"cannot merge pieces of {first.DataSetType}"),
        };
        Extent wholeCells = CellExtent(whole, whole);
        foreach (DataSet piece in pieces)
        {
            Extent extent = PieceMerger.Extent(piece)!.Value;
            if (extent.IsEmpty)
            {
                continue;
            }

            if (piece is StructuredGrid g)
            {
                CopyBox(g.Points, extent, ((StructuredGrid)output).Points, whole);
            }

            CopyArrays(piece.PointData, output.PointData, extent, whole, first.PointData);
            CopyArrays(piece.CellData, output.CellData, CellExtent(extent, whole), wholeCells, first.CellData);
        }

        output.PointData.ActiveScalars = first.PointData.ActiveScalars is { } s && output.PointData.Get(s) is not null ? s : null;
        output.CellData.ActiveScalars = first.CellData.ActiveScalars is { } c && output.CellData.Get(c) is not null ? c : null;
        return output;
    }

    /// <summary>A piece's cells as an index box: one cell fewer than points along each axis the whole extent spans.</summary>
    private static Extent CellExtent(Extent piece, Extent whole)
    {
        static (int, int) Axis(int min, int max, int wholeSize) => wholeSize > 1 ? (min, max - 1) : (min, max);
        (int x0, int x1) = Axis(piece.XMin, piece.XMax, whole.SizeX);
        (int y0, int y1) = Axis(piece.YMin, piece.YMax, whole.SizeY);
        (int z0, int z1) = Axis(piece.ZMin, piece.ZMax, whole.SizeZ);
        return new Extent(x0, x1, y0, y1, z0, z1);
    }

    private static void CopyArrays(ArrayCollection source, ArrayCollection target, Extent box, Extent wholeBox, ArrayCollection reference)
    {
        foreach (DataArray array in reference)
        {
            DataArray? part = source.Get(array.Name);
            if (part is null || part.ScalarType != array.ScalarType || part.NumberOfComponents != array.NumberOfComponents)
            {
                continue;
            }

            DataArray? whole = target.Get(array.Name);
            if (whole is null)
            {
                whole = DataArray.Create(array.ScalarType, array.Name, array.NumberOfComponents, wholeBox.NumberOfPoints);
                target.Add(whole);
            }

            CopyBox(part, box, whole, wholeBox);
        }
    }

    /// <summary>Copies the tuples of an index box (x fastest) into the same box of a larger one.</summary>
    private static void CopyBox(DataArray part, Extent box, DataArray whole, Extent wholeBox)
    {
        int nx = box.SizeX;
        if (part.NumberOfTuples < box.NumberOfPoints)
        {
            return;
        }

        for (int k = box.ZMin; k <= box.ZMax; k++)
        {
            for (int j = box.YMin; j <= box.YMax; j++)
            {
                int from = ((k - box.ZMin) * box.SizeY + (j - box.YMin)) * nx;
                int to = ((k - wholeBox.ZMin) * wholeBox.SizeY + (j - wholeBox.YMin)) * wholeBox.SizeX + (box.XMin - wholeBox.XMin);
                TupleCopy.Copy(part, from, whole, to, nx);
            }
        }
    }

    private static RectilinearGrid Rectilinear(List<RectilinearGrid> pieces, Extent whole)
    {
        RectilinearGrid first = pieces[0];
        var axes = new DataArray[3];
        int[] mins = [whole.XMin, whole.YMin, whole.ZMin];
        int[] sizes = [whole.SizeX, whole.SizeY, whole.SizeZ];
        for (int axis = 0; axis < 3; axis++)
        {
            DataArray reference = first.Coordinates(axis);
            axes[axis] = DataArray.Create(reference.ScalarType, reference.Name, 1, sizes[axis]);
            foreach (RectilinearGrid piece in pieces)
            {
                if (piece.Extent.IsEmpty || piece.Coordinates(axis).ScalarType != reference.ScalarType)
                {
                    continue;
                }

                int start = piece.Extent[2 * axis] - mins[axis];
                TupleCopy.Copy(piece.Coordinates(axis), 0, axes[axis], start, piece.Coordinates(axis).NumberOfTuples);
            }
        }

        return new RectilinearGrid(whole, axes[0], axes[1], axes[2]);
    }
}
