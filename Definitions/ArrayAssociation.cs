namespace OrleansPV.Definitions;

/// <summary>
/// The association names paraview.simple accepts in an array selection (association, name),
/// with the codes of VTK's <c>vtkDataObject::FieldAssociations</c>.
/// </summary>
public static class ArrayAssociation
{
    public const int Points = 0;
    public const int Cells = 1;
    public const int None = 2;
    public const int PointsThenCells = 3;
    public const int Vertices = 4;
    public const int Edges = 5;
    public const int Rows = 6;

    /// <summary>Maps an association name (POINTS, CELLS, FIELD, VERTICES, EDGES, ROWS, POINT_DATA, CELL_DATA) to its code.</summary>
    public static bool TryParse(string text, out int code)
    {
        ArgumentNullException.ThrowIfNull(text);
        switch (text.ToUpperInvariant())
        {
            case "POINTS":
            case "POINT_DATA":
                code = Points;
                return true;
            case "CELLS":
            case "CELL_DATA":
                code = Cells;
                return true;
            case "FIELD":
            case "NONE":
                code = None;
                return true;
            case "VERTICES":
                code = Vertices;
                return true;
            case "EDGES":
                code = Edges;
                return true;
            case "ROWS":
                code = Rows;
                return true;
            default:
                code = -1;
                return false;
        }
    }

    /// <summary>The name paraview.simple shows for a code, or the code as text.</summary>
    public static string ToName(int code) => code switch
    {
        Points => "POINTS",
        Cells => "CELLS",
        None => "FIELD",
        Vertices => "VERTICES",
        Edges => "EDGES",
        Rows => "ROWS",
        _ => code.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
