using System.Xml.Linq;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>One &lt;Piece&gt; of each data set type: geometry and topology (attributes are read by the caller).</summary>
internal sealed partial class XmlVtkReader
{
    /// <summary>Points and cells of the piece just read (attribute arrays are checked against them).</summary>
    private (int Points, int Cells) _pieceCounts;

    private ImageData ReadImageData(XElement dataSetElement, XElement piece, Extent whole)
    {
        Extent extent = PieceExtent(piece, whole);
        double[] origin = dataSetElement.Attribute("Origin") is null ? [0, 0, 0] : DoubleList(dataSetElement, "Origin", 3);
        double[] spacing = dataSetElement.Attribute("Spacing") is null ? [1, 1, 1] : DoubleList(dataSetElement, "Spacing", 3);
        if (dataSetElement.Attribute("Direction") is not null)
        {
            double[] direction = DoubleList(dataSetElement, "Direction", 9);
            if (!direction.AsSpan().SequenceEqual([1.0, 0, 0, 0, 1, 0, 0, 0, 1]))
            {
                Fail(dataSetElement, "a non-identity Direction is not supported");
            }
        }

        _pieceCounts = (extent.NumberOfPoints, extent.NumberOfCells);
        return new ImageData(extent, new Vector3d(origin[0], origin[1], origin[2]), new Vector3d(spacing[0], spacing[1], spacing[2]));
    }

    private StructuredGrid ReadStructuredGrid(XElement piece, Extent whole)
    {
        Extent extent = PieceExtent(piece, whole);
        var grid = new StructuredGrid(extent);
        ReadPoints(piece, grid, extent.NumberOfPoints);
        _pieceCounts = (extent.NumberOfPoints, extent.NumberOfCells);
        return grid;
    }

    private RectilinearGrid ReadRectilinearGrid(XElement piece, Extent whole)
    {
        Extent extent = PieceExtent(piece, whole);
        _pieceCounts = (extent.NumberOfPoints, extent.NumberOfCells);
        XElement? coordinates = piece.Element("Coordinates");
        if (coordinates is null)
        {
            return extent.IsEmpty ? Empty() : Fail<RectilinearGrid>(piece, "<Piece> has no <Coordinates> element");
        }

        var arrays = coordinates.Elements("DataArray").ToList();
        if (arrays.Count != 3)
        {
            Fail(coordinates, $"<Coordinates> has {arrays.Count} DataArrays; expected 3 (x, y, z)");
        }

        DataArray? x = ReadDataArray(arrays[0], extent.SizeX, "x coordinates");
        DataArray? y = ReadDataArray(arrays[1], extent.SizeY, "y coordinates");
        DataArray? z = ReadDataArray(arrays[2], extent.SizeZ, "z coordinates");
        if (x is null || y is null || z is null)
        {
            return Empty();
        }

        foreach ((DataArray a, XElement e) in new[] { (x, arrays[0]), (y, arrays[1]), (z, arrays[2]) })
        {
            if (a.NumberOfComponents != 1)
            {
                Fail(e, $"coordinate array '{a.Name}' has {a.NumberOfComponents} components; expected 1");
            }
        }

        return new RectilinearGrid(extent, x, y, z);

        RectilinearGrid Empty() => new(new Extent(0, -1, 0, -1, 0, -1), new DataArray<float>("x", 1, 0), new DataArray<float>("y", 1, 0), new DataArray<float>("z", 1, 0));
    }

    private Extent PieceExtent(XElement piece, Extent whole)
    {
        if (piece.Attribute("Extent") is null)
        {
            return whole;
        }

        var extent = Extent.FromArray(IntList(piece, "Extent", 6));
        if (!extent.IsEmpty && (extent.XMin < whole.XMin || extent.XMax > whole.XMax || extent.YMin < whole.YMin || extent.YMax > whole.YMax || extent.ZMin < whole.ZMin || extent.ZMax > whole.ZMax))
        {
            Fail(piece, $"piece Extent '{string.Join(' ', extent.ToArray())}' lies outside WholeExtent '{string.Join(' ', whole.ToArray())}'");
        }

        CheckExtent(piece, extent, "Extent");
        return extent;
    }

    private PolyData ReadPolyData(XElement piece)
    {
        var poly = new PolyData();
        int points = Count(piece, "NumberOfPoints");
        ReadPoints(piece, poly, points);
        int verts = Count(piece, "NumberOfVerts"), lines = Count(piece, "NumberOfLines"), strips = Count(piece, "NumberOfStrips"), polys = Count(piece, "NumberOfPolys");
        _pieceCounts = (points, checked(verts + lines + strips + polys));
        poly.Verts = ReadCells(piece.Element("Verts"), verts, points, piece, "Verts");
        poly.Lines = ReadCells(piece.Element("Lines"), lines, points, piece, "Lines");
        poly.Strips = ReadCells(piece.Element("Strips"), strips, points, piece, "Strips");
        poly.Polys = ReadCells(piece.Element("Polys"), polys, points, piece, "Polys");
        return poly;
    }

    private UnstructuredGrid ReadUnstructuredGrid(XElement piece)
    {
        var grid = new UnstructuredGrid();
        int points = Count(piece, "NumberOfPoints");
        int cellCount = Count(piece, "NumberOfCells");
        ReadPoints(piece, grid, points);
        _pieceCounts = (points, cellCount);
        XElement? cellsElement = piece.Element("Cells");
        CellArray cells = ReadCells(cellsElement, cellCount, points, piece, "Cells");
        if (cellCount == 0)
        {
            grid.SetCells([], cells);
            return grid;
        }

        XElement typesElement = FindArray(cellsElement!, "types");
        int[] typeIds = ReadIds(typesElement, cellCount, "types");
        if (_skipData)
        {
            return grid;
        }

        var types = new CellType[cellCount];
        string? problem = CellChecks.ToCellTypes(typeIds, types) ?? CellChecks.ValidateTypes(types, cells.Offsets);
        if (problem is not null)
        {
            Fail(typesElement, problem);
        }

        grid.SetCells(types, cells, ReadFaces(cellsElement!, types, cells, points));
        return grid;
    }

    /// <summary>The polyhedra's faces (<c>faces</c>/<c>faceoffsets</c>), or null when no cell is a polyhedron.</summary>
    private PolyhedronFaces? ReadFaces(XElement cellsElement, CellType[] types, CellArray cells, int points)
    {
        if (!types.AsSpan().Contains(CellType.Polyhedron))
        {
            return null;
        }

        XElement facesElement = FindArray(cellsElement, "faces");
        int[] faces = ReadIds(facesElement, null, "faces");
        int[] faceOffsets = ReadIds(FindArray(cellsElement, "faceoffsets"), types.Length, "faceoffsets");
        string? problem = PolyhedronStreams.FromXml(faces, faceOffsets, types, cells, points, out PolyhedronFaces? result);
        return problem is null ? result : Fail<PolyhedronFaces>(facesElement, problem);
    }
}
