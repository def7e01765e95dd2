using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO.Legacy;

/// <summary>STRUCTURED_GRID (DIMENSIONS, POINTS) and RECTILINEAR_GRID (DIMENSIONS, X/Y/Z_COORDINATES) sections.</summary>
internal sealed partial class LegacyVtkReader
{
    private void ReadStructuredGrid()
    {
        Extent? extent = null;
        var grid = new StructuredGrid(new Extent(0, -1, 0, -1, 0, -1));
        var field = new ArrayCollection();
        int pointsAt = 0;
        while (!AtAttributes())
        {
            int at = _s.SkipToToken();
            ReadOnlySpan<byte> token = _s.Token();
            if (LegacyScanner.Is(token, "DIMENSIONS"u8))
            {
                Once(token, at);
                extent = ReadDimensions(at);
            }
            else if (LegacyScanner.Is(token, "POINTS"u8))
            {
                Once(token, at);
                pointsAt = at;
                ReadPoints(grid);
            }
            else if (LegacyScanner.Is(token, "FIELD"u8))
            {
                ReadField(field, _fieldInfo, -1);
            }
            else
            {
                _s.FailExpected("DIMENSIONS', 'POINTS' or 'POINT_DATA n", at);
            }
        }

        Extent dimensions = extent ?? Fail<Extent>("STRUCTURED_GRID without DIMENSIONS");
        RequirePoints();
        if (_numberOfPoints != dimensions.NumberOfPoints)
        {
            _s.Fail(pointsAt, $"POINTS {_numberOfPoints} does not match DIMENSIONS ({dimensions.NumberOfPoints} points)");
        }

        var result = new StructuredGrid(dimensions) { Points = grid.Points };
        CopyField(field, result);
        _numberOfCells = dimensions.NumberOfCells;
        _dataSet = result;
    }

    private void ReadRectilinearGrid()
    {
        Extent? extent = null;
        var coordinates = new DataArray?[3];
        var field = new ArrayCollection();
        ReadOnlySpan<byte> names = "XYZ"u8;
        while (!AtAttributes())
        {
            int at = _s.SkipToToken();
            ReadOnlySpan<byte> token = _s.Token();
            int axis = LegacyScanner.Is(token, "X_COORDINATES"u8) ? 0 : LegacyScanner.Is(token, "Y_COORDINATES"u8) ? 1 : LegacyScanner.Is(token, "Z_COORDINATES"u8) ? 2 : -1;
            if (LegacyScanner.Is(token, "DIMENSIONS"u8))
            {
                Once(token, at);
                extent = ReadDimensions(at);
            }
            else if (axis >= 0)
            {
                Once(token, at);
                string keyword = $"{(char)names[axis]}_COORDINATES n type";
                int n = _s.ReadCount(keyword);
                int expected = extent is { } e ? (axis == 0 ? e.SizeX : axis == 1 ? e.SizeY : e.SizeZ) : n;
                if (n != expected)
                {
                    _s.Fail(at, $"{(char)names[axis]}_COORDINATES {n} does not match DIMENSIONS ({expected})");
                }

                FileScalarType type = _s.ReadType(keyword);
                coordinates[axis] = _s.ReadArray(type, $"{(char)names[axis]}_COORDINATES", 1, n)
                    ?? new DataArray<double>($"{(char)names[axis]}_COORDINATES", 1, n); // header-only: the counts were checked against the file
                _s.SkipMetadata();
            }
            else if (LegacyScanner.Is(token, "FIELD"u8))
            {
                ReadField(field, _fieldInfo, -1);
            }
            else
            {
                _s.FailExpected("DIMENSIONS', 'X_COORDINATES', 'Y_COORDINATES', 'Z_COORDINATES' or 'POINT_DATA n", at);
            }
        }

        Extent dimensions = extent ?? Fail<Extent>("RECTILINEAR_GRID without DIMENSIONS");
        for (int axis = 0; axis < 3; axis++)
        {
            if (coordinates[axis] is null)
            {
                _s.Fail(_s.Position, $"RECTILINEAR_GRID without {(char)names[axis]}_COORDINATES");
            }
        }

        var grid = new RectilinearGrid(dimensions, coordinates[0]!, coordinates[1]!, coordinates[2]!);
        CopyField(field, grid);
        _numberOfPoints = dimensions.NumberOfPoints;
        _numberOfCells = dimensions.NumberOfCells;
        _dataSet = grid;
    }

    /// <summary>DIMENSIONS nx ny nz: the extent (0..n-1 on each axis), at most int.MaxValue points.</summary>
    private Extent ReadDimensions(int at)
    {
        int nx = _s.ReadCount("DIMENSIONS nx ny nz");
        int ny = _s.ReadCount("DIMENSIONS nx ny nz");
        int nz = _s.ReadCount("DIMENSIONS nx ny nz");
        long points = (long)nx * ny * nz;
        if (nx < 1 || ny < 1 || nz < 1 || points > int.MaxValue)
        {
            _s.Fail(at, $"DIMENSIONS {nx} {ny} {nz} give {points} points; each must be at least 1 and the product at most {int.MaxValue}");
        }

        var extent = new Extent(0, nx - 1, 0, ny - 1, 0, nz - 1);
        _extent = extent;
        return extent;
    }

    private T Fail<T>(string problem)
    {
        _s.Fail(_s.Position, problem);
        return default!;
    }
}
