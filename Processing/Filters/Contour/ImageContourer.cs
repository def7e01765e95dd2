using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using OrleansPV.Processing.DataModel;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.Contour;

/// <summary>
/// Iso-contouring of a 3D image with the output of VTK's vtkSynchronizedTemplates3D (what ParaView
/// 5.11's Contour runs on image data): one point per crossed grid edge, numbered slice by slice,
/// row by row, point by point, x then y then z edge; polygons from the marching cubes cases; points
/// on grid points exactly at the value shared as VTK shares them. The volume is cut into slabs of
/// slices processed in parallel; a slab refers to the previous slab's last slice through
/// placeholders resolved when the slabs are stitched, so the output is identical at any thread count.
/// </summary>
internal sealed partial class ImageContourer<T>
    where T : unmanaged, INumber<T>
{
    private static readonly (int Slice, int Row, int Column, int Axis)[] s_edgeOffset = BuildEdgeOffsets();

    private readonly DataArray<T> _array;
    private readonly int _stride;
    private readonly int _component;
    private readonly int _nx, _ny, _nz;
    private readonly int[] _min;
    private readonly double[] _origin;
    private readonly double[] _spacing;
    private readonly bool _needGradients;
    private readonly ImageContourSettings _settings;
    private readonly bool _generateTriangles;

    public ImageContourer(ImageData image, DataArray<T> scalars, int component, ImageContourSettings settings)
    {
        _array = scalars;
        _stride = scalars.NumberOfComponents;
        _component = component;
        (_nx, _ny, _nz) = image.Dimensions;
        _min = [image.Extent.XMin, image.Extent.YMin, image.Extent.ZMin];
        _origin = [image.Origin.X, image.Origin.Y, image.Origin.Z];
        _spacing = [image.Spacing.X, image.Spacing.Y, image.Spacing.Z];
        _settings = settings;
        _needGradients = settings.ComputeNormals || settings.ComputeGradients;
        _generateTriangles = settings.GenerateTriangles;
    }

    public ContourPieces Run(ExecutionContext context)
    {
        double[] values = _settings.Values;
        int slabsPerValue = Math.Clamp(
            _settings.SlabsPerValue ?? (int)Math.Min(_nz, (long)_nx * _ny * _nz / 65536),
            1,
            _settings.SlabsPerValue is null ? Math.Max(1, Environment.ProcessorCount * 4) : _nz);
        var slabs = new Slab[values.Length * slabsPerValue];
        for (int v = 0; v < values.Length; v++)
        {
            for (int s = 0; s < slabsPerValue; s++)
            {
                int k0 = (int)((long)_nz * s / slabsPerValue), k1 = (int)((long)_nz * (s + 1) / slabsPerValue);
                slabs[(v * slabsPerValue) + s] = new Slab(v, k0, k1, _settings, _needGradients);
            }
        }

        int slicesDone = 0;
        double total = (double)_nz * values.Length;
        var progressLock = new object();
        ParallelRunner.For(slabs.Length, context, index =>
        {
            Slab slab = slabs[index];
            ProcessSlab(slab, values[slab.ValueIndex], context, () =>
            {
                // Serialized so that reports reach the listener in increasing order.
                lock (progressLock)
                {
                    context.ReportProgress(0.9 * ++slicesDone / total, "Contouring");
                }
            });
        });

        return Stitch(slabs, slabsPerValue, values.Length, context);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ProcessSlab(Slab slab, double value, ExecutionContext context, Action sliceDone)
    {
        var st = new SliceState(_nx, _ny);
        if (slab.K0 > 0)
        {
            Classify(slab.K0 - 1, value, st.SignsPrev, st.RowsPrev);
            st.PrevExternal = true;
        }

        Classify(slab.K0, value, st.SignsCur, st.RowsCur);
        for (int k = slab.K0; k < slab.K1; k++)
        {
            context.ThrowIfCancellationRequested();
            if (k + 1 < _nz)
            {
                Classify(k + 1, value, st.SignsNext, st.RowsNext);
            }

            for (int j = 0; j < _ny; j++)
            {
                EdgesOfRow(slab, st, k, j, value);
                if (j > 0 && k > 0)
                {
                    VoxelsOfRow(slab, st, k, j);
                }
            }

            st.Advance();
            sliceDone();
        }

        slab.LastIds = st.ReleaseKeepingPreviousIds();
    }

    private ContourPieces Stitch(Slab[] slabs, int slabsPerValue, int valueCount, ExecutionContext context)
    {
        context.ThrowIfCancellationRequested();
        int points = 0;
        var pointsPerValue = new int[valueCount];
        foreach (Slab slab in slabs)
        {
            slab.PointOffset = points;
            points += slab.PointCount;
            pointsPerValue[slab.ValueIndex] += slab.PointCount;
        }

        // Resolve references to the previous slab's last slice, dropping polygons that collapse.
        ParallelRunner.For(slabs.Length, context, index =>
        {
            Slab slab = slabs[index];
            Span<int> cells = slab.Cells.Span;
            int kept = 0, connectivity = 0;
            for (int c = 0; c < cells.Length; c += Math.Abs(cells[c]) + 1)
            {
                int n = cells[c];
                bool external = false;
                for (int v = 1; v <= n; v++)
                {
                    external |= cells[c + v] < 0;
                    cells[c + v] = Resolve(slabs, index, index % slabsPerValue, cells[c + v]);
                }

                if (external && HasRepeatedPoint(cells.Slice(c + 1, n)))
                {
                    cells[c] = -n;
                    continue;
                }

                kept++;
                connectivity += n;
            }

            slab.KeptCells = kept;
            slab.KeptConnectivity = connectivity;
        });

        int cellCount = 0, connectivityCount = 0;
        foreach (Slab slab in slabs)
        {
            slab.CellOffset = cellCount;
            slab.ConnectivityOffset = connectivityCount;
            cellCount += slab.KeptCells;
            connectivityCount += slab.KeptConnectivity;
        }

        var result = new ContourPieces
        {
            Points = new float[points * 3],
            Normals = _settings.ComputeNormals ? new float[points * 3] : null,
            Gradients = _settings.ComputeGradients ? new float[points * 3] : null,
            Offsets = new int[cellCount + 1],
            Connectivity = new int[connectivityCount],
            PointsPerValue = pointsPerValue,
            EdgeA = _settings.RecordEdges ? new int[points] : null,
            EdgeB = _settings.RecordEdges ? new int[points] : null,
            EdgeT = _settings.RecordEdges ? new double[points] : null,
            SourceCells = _settings.RecordCells ? new int[cellCount] : null,
        };
        result.Offsets[cellCount] = connectivityCount;
        ParallelRunner.For(slabs.Length, context, index => slabs[index].CopyTo(result));
        foreach (Slab slab in slabs)
        {
            ArrayPool<int>.Shared.Return(slab.LastIds!);
            slab.LastIds = null;
            slab.Release();
        }

        context.ReportProgress(1.0, "Contouring");
        return result;
    }

    private static int Resolve(Slab[] slabs, int index, int positionInValue, int id)
    {
        while (id < 0)
        {
            if (positionInValue == 0)
            {
                throw new InvalidOperationException("A slab starting the volume cannot refer to a previous slice.");
            }

            id = slabs[--index].LastIds![-2 - id];
            positionInValue--;
        }

        return id + slabs[index].PointOffset;
    }

    private static bool HasRepeatedPoint(ReadOnlySpan<int> ids)
    {
        for (int a = 0; a < ids.Length; a++)
        {
            for (int b = a + 1; b < ids.Length; b++)
            {
                if (ids[a] == ids[b])
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static (int Slice, int Row, int Column, int Axis)[] BuildEdgeOffsets()
    {
        var offsets = new (int, int, int, int)[12];
        for (int e = 0; e < 12; e++)
        {
            (int a, int b) = ContourCaseTable.Voxel.Edge(e);
            int axis = (b - a) switch { 1 => 0, 2 => 1, _ => 2 };
            offsets[e] = ((a >> 2) & 1, (a >> 1) & 1, a & 1, axis);
        }

        return offsets;
    }
}
