namespace OrleansPV.Processing.DataModel;

/// <summary>A structured index range (xmin, xmax, ymin, ymax, zmin, zmax), inclusive, VTK's order.</summary>
public readonly record struct Extent(int XMin, int XMax, int YMin, int YMax, int ZMin, int ZMax)
{
    public int SizeX => Math.Max(0, XMax - XMin + 1);

    public int SizeY => Math.Max(0, YMax - YMin + 1);

    public int SizeZ => Math.Max(0, ZMax - ZMin + 1);

    public bool IsEmpty => SizeX == 0 || SizeY == 0 || SizeZ == 0;

    public int NumberOfPoints => IsEmpty ? 0 : checked(SizeX * SizeY * SizeZ);

    /// <summary>Cells of the grid: flat dimensions contribute a factor of one, as in vtkStructuredData.</summary>
    public int NumberOfCells => IsEmpty ? 0 : checked(Math.Max(1, SizeX - 1) * Math.Max(1, SizeY - 1) * Math.Max(1, SizeZ - 1));

    public int this[int index] => index switch
    {
        0 => XMin,
        1 => XMax,
        2 => YMin,
        3 => YMax,
        4 => ZMin,
        5 => ZMax,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public int[] ToArray() => [XMin, XMax, YMin, YMax, ZMin, ZMax];

    public static Extent FromArray(ReadOnlySpan<int> values)
    {
        if (values.Length != 6)
        {
            throw new ArgumentException($"An extent has 6 values, not {values.Length}.", nameof(values));
        }

        return new Extent(values[0], values[1], values[2], values[3], values[4], values[5]);
    }
}
