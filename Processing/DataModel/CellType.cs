namespace OrleansPV.Processing.DataModel;

/// <summary>Cell types with VTK's numeric codes (vtkCellType.h), as written in files.</summary>
public enum CellType : byte
{
    Empty = 0,
    Vertex = 1,
    PolyVertex = 2,
    Line = 3,
    PolyLine = 4,
    Triangle = 5,
    TriangleStrip = 6,
    Polygon = 7,
    Pixel = 8,
    Quad = 9,
    Tetra = 10,
    Voxel = 11,
    Hexahedron = 12,
    Wedge = 13,
    Pyramid = 14,
}

public static class CellTypes
{
    /// <summary>Topological dimension of a cell type (0 points, 1 lines, 2 surfaces, 3 volumes).</summary>
    public static int Dimension(CellType type) => type switch
    {
        CellType.Vertex or CellType.PolyVertex or CellType.Empty => 0,
        CellType.Line or CellType.PolyLine => 1,
        CellType.Triangle or CellType.TriangleStrip or CellType.Polygon or CellType.Pixel or CellType.Quad => 2,
        _ => 3,
    };
}
