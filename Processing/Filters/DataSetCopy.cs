using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters;

/// <summary>VTK's ShallowCopy: a new data set of the same type sharing geometry, topology and arrays.</summary>
internal static class DataSetCopy
{
    public static DataSet Shallow(DataSet input)
    {
        ArgumentNullException.ThrowIfNull(input);
        DataSet copy;
        switch (input)
        {
            case ImageData image:
                return image.ShallowCopy();
            case StructuredGrid structured:
                return structured.ShallowCopy();
            case RectilinearGrid rectilinear:
                return rectilinear.ShallowCopy();
            case PolyData poly:
                copy = new PolyData { Points = poly.Points, Verts = poly.Verts, Lines = poly.Lines, Polys = poly.Polys, Strips = poly.Strips };
                break;
            case UnstructuredGrid grid:
                var ug = new UnstructuredGrid { Points = grid.Points };
                ug.SetCells(grid.CellTypes.ToArray(), grid.Cells, grid.Faces);
                copy = ug;
                break;
            default:
                throw new NotSupportedException($"Cannot copy a {input.DataSetType}.");
        }

        copy.PointData.ShallowCopy(input.PointData);
        copy.CellData.ShallowCopy(input.CellData);
        copy.FieldData.ShallowCopy(input.FieldData);
        return copy;
    }
}
