using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO.Legacy;

/// <summary>
/// Reads legacy VTK files (<c>.vtk</c>, ASCII or big-endian BINARY): STRUCTURED_POINTS, STRUCTURED_GRID,
/// RECTILINEAR_GRID, POLYDATA and UNSTRUCTURED_GRID with point, cell and field arrays. Cells may use the classic "n i0 i1 …" lists or
/// VTK 5.1's OFFSETS/CONNECTIVITY.
/// </summary>
internal sealed partial class LegacyVtkReader
{
    private readonly LegacyScanner _s;
    private readonly List<VtkArrayInformation> _pointInfo = [];
    private readonly List<VtkArrayInformation> _cellInfo = [];
    private readonly List<VtkArrayInformation> _fieldInfo = [];
    private readonly HashSet<string> _sections = new(StringComparer.OrdinalIgnoreCase);
    private DataSet? _dataSet;
    private Extent? _extent;
    private int _numberOfPoints = -1;
    private int _numberOfCells;

    private LegacyVtkReader(byte[] data, string fileName, bool skipData, CancellationToken cancellationToken = default)
    {
        _s = new LegacyScanner(data, fileName) { SkipData = skipData, CancellationToken = cancellationToken };
    }

    /// <summary>Reads the whole data set.</summary>
    public static DataSet Read(byte[] data, string fileName, CancellationToken cancellationToken = default)
    {
        var reader = new LegacyVtkReader(data, fileName, skipData: false, cancellationToken);
        reader.Parse();
        return reader._dataSet!;
    }

    /// <summary>Reads the structure only: type, counts, array names (payloads are checked and skipped).</summary>
    public static VtkFileInformation ReadInformation(byte[] data, string fileName)
    {
        var reader = new LegacyVtkReader(data, fileName, skipData: true);
        reader.Parse();
        return new VtkFileInformation(
            reader._dataSet!.DataSetType, Math.Max(0, reader._numberOfPoints), reader._numberOfCells, reader._extent, reader._pointInfo, reader._cellInfo, reader._fieldInfo);
    }

    private void Parse()
    {
        string version = _s.ReadLine();
        if (!version.StartsWith("# vtk DataFile Version", StringComparison.OrdinalIgnoreCase))
        {
            _s.FailExpected("# vtk DataFile Version n.n", 0);
        }

        _s.ReadLine();
        int at = _s.SkipToToken();
        ReadOnlySpan<byte> fileType = _s.Token();
        if (LegacyScanner.Is(fileType, "BINARY"u8))
        {
            _s.Binary = true;
        }
        else if (!LegacyScanner.Is(fileType, "ASCII"u8))
        {
            _s.FailExpected("ASCII' or 'BINARY", at);
        }

        _s.Expect("DATASET"u8, "DATASET type");
        at = _s.SkipToToken();
        ReadOnlySpan<byte> type = _s.Token();
        if (LegacyScanner.Is(type, "STRUCTURED_POINTS"u8))
        {
            ReadStructuredPoints();
        }
        else if (LegacyScanner.Is(type, "POLYDATA"u8))
        {
            ReadPolyData();
        }
        else if (LegacyScanner.Is(type, "UNSTRUCTURED_GRID"u8))
        {
            ReadUnstructuredGrid();
        }
        else if (LegacyScanner.Is(type, "STRUCTURED_GRID"u8))
        {
            ReadStructuredGrid();
        }
        else if (LegacyScanner.Is(type, "RECTILINEAR_GRID"u8))
        {
            ReadRectilinearGrid();
        }
        else
        {
            _s.Fail(at, $"DATASET type '{System.Text.Encoding.UTF8.GetString(type)}' is not supported (supported: STRUCTURED_POINTS, STRUCTURED_GRID, RECTILINEAR_GRID, POLYDATA, UNSTRUCTURED_GRID)");
        }

        ReadAttributes();
    }

    /// <summary>True at the end of the geometry section (attributes or end of file follow).</summary>
    private bool AtAttributes()
    {
        if (_s.AtEnd)
        {
            return true;
        }

        ReadOnlySpan<byte> next = _s.PeekToken();
        return LegacyScanner.Is(next, "POINT_DATA"u8) || LegacyScanner.Is(next, "CELL_DATA"u8);
    }

    private void ReadStructuredPoints()
    {
        int nx = -1, ny = -1, nz = -1;
        var spacing = new Vector3d(1, 1, 1);
        var origin = new Vector3d(0, 0, 0);
        var field = new ArrayCollection();
        while (!AtAttributes())
        {
            int at = _s.SkipToToken();
            ReadOnlySpan<byte> token = _s.Token();
            if (LegacyScanner.Is(token, "DIMENSIONS"u8))
            {
                Once(token, at);
                nx = _s.ReadCount("DIMENSIONS nx ny nz");
                ny = _s.ReadCount("DIMENSIONS nx ny nz");
                nz = _s.ReadCount("DIMENSIONS nx ny nz");
            }
            else if (LegacyScanner.Is(token, "SPACING"u8) || LegacyScanner.Is(token, "ASPECT_RATIO"u8))
            {
                spacing = ReadVector("SPACING sx sy sz");
            }
            else if (LegacyScanner.Is(token, "ORIGIN"u8))
            {
                origin = ReadVector("ORIGIN x y z");
            }
            else if (LegacyScanner.Is(token, "FIELD"u8))
            {
                ReadField(field, _fieldInfo, -1);
            }
            else
            {
                _s.FailExpected("DIMENSIONS', 'SPACING', 'ORIGIN' or 'POINT_DATA n", at);
            }
        }

        if (nx < 0)
        {
            _s.Fail(_s.Position, "STRUCTURED_POINTS without DIMENSIONS");
        }

        long points = (long)nx * ny * nz;
        if (points > int.MaxValue)
        {
            _s.Fail(_s.Position, $"DIMENSIONS {nx} {ny} {nz} give {points} points, more than the supported {int.MaxValue}");
        }

        var extent = new Extent(0, nx - 1, 0, ny - 1, 0, nz - 1);
        var image = new ImageData(extent, origin, spacing);
        _extent = extent;
        _numberOfPoints = extent.NumberOfPoints;
        _numberOfCells = extent.NumberOfCells;
        CopyField(field, image);
        _dataSet = image;
    }

    private void ReadPolyData()
    {
        var poly = new PolyData();
        var cells = new CellArray?[4];
        while (!AtAttributes())
        {
            int at = _s.SkipToToken();
            ReadOnlySpan<byte> token = _s.Token();
            int kind = LegacyScanner.Is(token, "VERTICES"u8) ? 0
                : LegacyScanner.Is(token, "LINES"u8) ? 1
                : LegacyScanner.Is(token, "POLYGONS"u8) ? 2
                : LegacyScanner.Is(token, "TRIANGLE_STRIPS"u8) ? 3 : -1;
            if (kind >= 0)
            {
                Once(token, at);
                string keyword = System.Text.Encoding.ASCII.GetString(token);
                cells[kind] = ReadCells(keyword, out int count, Math.Max(0, _numberOfPoints));
                _numberOfCells += count;
            }
            else if (LegacyScanner.Is(token, "POINTS"u8))
            {
                Once(token, at);
                ReadPoints(poly);
            }
            else if (LegacyScanner.Is(token, "FIELD"u8))
            {
                ReadField(poly.FieldData, _fieldInfo, -1);
            }
            else
            {
                _s.FailExpected("POINTS', 'VERTICES', 'LINES', 'POLYGONS', 'TRIANGLE_STRIPS' or 'POINT_DATA n", at);
            }
        }

        RequirePoints();
        poly.Verts = cells[0] ?? CellArray.Empty;
        poly.Lines = cells[1] ?? CellArray.Empty;
        poly.Polys = cells[2] ?? CellArray.Empty;
        poly.Strips = cells[3] ?? CellArray.Empty;
        _dataSet = poly;
    }

    private void ReadUnstructuredGrid()
    {
        var grid = new UnstructuredGrid();
        CellArray? cells = null;
        int[]? types = null;
        int typesAt = 0;
        while (!AtAttributes())
        {
            int at = _s.SkipToToken();
            ReadOnlySpan<byte> token = _s.Token();
            if (LegacyScanner.Is(token, "POINTS"u8))
            {
                Once(token, at);
                ReadPoints(grid);
            }
            else if (LegacyScanner.Is(token, "CELLS"u8))
            {
                Once(token, at);
                cells = ReadCells("CELLS", out _numberOfCells, int.MaxValue);
            }
            else if (LegacyScanner.Is(token, "CELL_TYPES"u8))
            {
                Once(token, at);
                typesAt = at;
                int n = _s.ReadCount("CELL_TYPES n");
                if (n != _numberOfCells)
                {
                    _s.Fail(at, $"CELL_TYPES {n} does not match the {_numberOfCells} cells");
                }

                types = _s.ReadIds(FileScalarType.Int32, "CELL_TYPES", n);
            }
            else if (LegacyScanner.Is(token, "FIELD"u8))
            {
                ReadField(grid.FieldData, _fieldInfo, -1);
            }
            else
            {
                _s.FailExpected("POINTS', 'CELLS', 'CELL_TYPES' or 'POINT_DATA n", at);
            }
        }

        RequirePoints();
        if (_numberOfCells > 0 && types is null)
        {
            _s.Fail(_s.Position, "CELLS without CELL_TYPES");
        }

        if (cells is not null && types is not null && !_s.SkipData)
        {
            if (types.Length != cells.NumberOfCells)
            {
                _s.Fail(typesAt, $"CELL_TYPES {types.Length} does not match the {cells.NumberOfCells} cells");
            }

            var cellTypes = new CellType[types.Length];
            string? problem = CellChecks.ToCellTypes(types, cellTypes);
            int[] offsets = cells.Offsets.ToArray(), connectivity = cells.Connectivity.ToArray();
            PolyhedronFaces? faces = null;
            problem ??= PolyhedronStreams.FromLegacy(cellTypes, ref offsets, ref connectivity, Math.Max(0, _numberOfPoints), out faces);
            problem ??= CellChecks.Validate(offsets, connectivity, Math.Max(0, _numberOfPoints));
            problem ??= CellChecks.ValidateTypes(cellTypes, offsets);
            if (problem is not null)
            {
                _s.Fail(typesAt, problem);
            }

            grid.SetCells(cellTypes, new CellArray(offsets, connectivity), faces);
        }

        _dataSet = grid;
    }

    /// <summary>Each geometry section may appear once; a repeat would leave counts and arrays out of step.</summary>
    private void Once(ReadOnlySpan<byte> keyword, int at)
    {
        string name = System.Text.Encoding.ASCII.GetString(keyword);
        if (!_sections.Add(name))
        {
            _s.Fail(at, $"{name} appears twice");
        }
    }

    private Vector3d ReadVector(string expected) => new(_s.ReadDouble(expected), _s.ReadDouble(expected), _s.ReadDouble(expected));

    private void RequirePoints()
    {
        if (_numberOfPoints < 0)
        {
            _s.Fail(_s.Position, "the data set has no POINTS section");
        }
    }

    private void ReadPoints(PointSet target)
    {
        int n = _s.ReadCount("POINTS n type");
        FileScalarType type = _s.ReadType("POINTS n type");
        DataArray? points = _s.ReadArray(type, "Points", 3, 3L * n);
        _s.SkipMetadata();
        _numberOfPoints = n;
        if (points is null)
        {
            return;
        }

        target.Points = RawArrays.AsCoordinates(points);
    }
}
