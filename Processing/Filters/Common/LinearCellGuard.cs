using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;

namespace OrleansPV.Processing.Filters.Common;

/// <summary>
/// The cutting filters (Contour, Slice, Clip) have VTK's case tables for the linear cells 0..14; Contour and Slice
/// also cut the nonlinear cells VTK splits into linear cells over their own points. ParaView cuts the other prisms,
/// polyhedra and nonlinear cells through each cell's own subdivision with interpolated points (vtkCell::Contour/Clip),
/// which this library does not reproduce: such a cell is refused, naming its type and the filter, rather than cut wrongly.
/// </summary>
internal static class LinearCellGuard
{
    /// <param name="handled">Further types the filter handles (null: none).</param>
    public static void Require(DataSet input, string algorithm, string filter, Func<CellType, bool>? handled = null)
    {
        if (input is not UnstructuredGrid grid)
        {
            return;
        }

        ReadOnlySpan<CellType> types = grid.CellTypes;
        for (int i = 0; i < types.Length; i++)
        {
            if ((byte)types[i] > (byte)CellType.Pyramid && handled?.Invoke(types[i]) != true)
            {
                throw new AlgorithmException(algorithm,
                    $"{filter} does not handle cells of type {CellTypes.Describe((byte)types[i])} (cell {i}): it cuts the linear cell types 0..14{(handled is null ? string.Empty : " and the nonlinear types split over their own points (QuadraticEdge, CubicLine, QuadraticTriangle, BiquadraticTriangle, BiquadraticQuad, QuadraticLinearQuad, QuadraticTetra, TriquadraticHexahedron, QuadraticLinearWedge, BiquadraticQuadraticWedge)")} only. " +
                    "Extract Surface, Shrink, Threshold, Elevation, Calculator and Outline handle every cell type.");
            }
        }
    }
}
