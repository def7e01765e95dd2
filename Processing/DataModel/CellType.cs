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
    PentagonalPrism = 15,
    HexagonalPrism = 16,
    QuadraticEdge = 21,
    QuadraticTriangle = 22,
    QuadraticQuad = 23,
    QuadraticTetra = 24,
    QuadraticHexahedron = 25,
    QuadraticWedge = 26,
    QuadraticPyramid = 27,
    BiquadraticQuad = 28,
    TriquadraticHexahedron = 29,
    QuadraticLinearQuad = 30,
    QuadraticLinearWedge = 31,
    BiquadraticQuadraticWedge = 32,
    BiquadraticQuadraticHexahedron = 33,
    BiquadraticTriangle = 34,
    CubicLine = 35,
    QuadraticPolygon = 36,
    TriquadraticPyramid = 37,

    /// <summary>A cell given by its faces (UnstructuredGrid.Faces); its connectivity lists its distinct points.</summary>
    Polyhedron = 42,
}
