using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OrleansPV.Processing.Filters.Contour;

/// <summary>Per-slab work: classifying grid points, creating edge points, emitting voxel polygons.</summary>
internal sealed partial class ImageContourer<T>
    where T : unmanaged, INumber<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double S(ReadOnlySpan<T> scalars, int point) => double.CreateTruncating(scalars[(point * _stride) + _component]);

    /// <summary>Signs (1 when at or above the value) of slice k, and per row 0/1 when uniform, 2 when mixed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Classify(int k, double value, byte[] signs, byte[] rowStates)
    {
        ReadOnlySpan<T> sc = _array.ReadOnlyValues;
        int plane = _nx * _ny;
        if (typeof(T) == typeof(float) && _stride == 1)
        {
            ReadOnlySpan<float> floats = MemoryMarshal.Cast<T, float>(sc).Slice(k * plane, plane);
            RowKernels.Classify(floats, FloatThreshold(value), signs.AsSpan(0, plane));
        }
        else
        {
            for (int p = 0; p < plane; p++)
            {
                signs[p] = S(sc, (k * plane) + p) < value ? (byte)0 : (byte)1;
            }
        }

        for (int j = 0; j < _ny; j++)
        {
            ReadOnlySpan<byte> row = signs.AsSpan(j * _nx, _nx);
            rowStates[j] = row[1..].IndexOfAnyExcept(row[0]) >= 0 ? (byte)2 : row[0];
        }
    }

    /// <summary>The smallest float f with (double)f &gt;= value, so that s &lt; f exactly when (double)s &lt; value.</summary>
    private static float FloatThreshold(double value)
    {
        float f = (float)value;
        if (float.IsNaN(f) || float.IsInfinity(f))
        {
            return f;
        }

        if ((double)f < value)
        {
            f = MathF.BitIncrement(f);
        }

        while ((double)MathF.BitDecrement(f) >= value)
        {
            f = MathF.BitDecrement(f);
        }

        return f;
    }

    /// <summary>Creates the points on the x, y and z edges leaving each grid point of row j in slice k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EdgesOfRow(Slab slab, SliceState st, int k, int j, double value)
    {
        byte state = st.RowsCur[j];
        bool hasNextRow = j < _ny - 1, hasNext = k < _nz - 1;
        if (state != 2 && (!hasNextRow || st.RowsCur[j + 1] == state) && (!hasNext || st.RowsNext[j] == state))
        {
            return;
        }

        ReadOnlySpan<T> sc = _array.ReadOnlyValues;
        byte[] cur = st.SignsCur, next = st.SignsNext;
        int[] ids = st.IdsCur;
        int r = j * _nx, gridRow = ((k * _ny) + j) * _nx, plane = _nx * _ny;
        Span<byte> mask = st.Mask.AsSpan(0, _nx);
        RowKernels.EdgeMask(cur.AsSpan(r, _nx), hasNextRow ? cur.AsSpan(r + _nx, _nx) : default, hasNext ? next.AsSpan(r, _nx) : default, mask);
        for (int i = 0; i < _nx; i++)
        {
            int skip = mask[i..].IndexOfAnyExcept((byte)0);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            int p = r + i, g = gridRow + i, m = mask[i];
            byte v0 = cur[p];
            if ((m & 1) != 0)
            {
                int id = -1;
                double s0 = S(sc, g), s1 = S(sc, g + 1);
                if (s0 == value)
                {
                    if (i > 0 && cur[p - 1] != v0) id = ids[(p - 1) * 3];
                    else if (j > 0 && cur[p - _nx] != v0) id = ids[((p - _nx) * 3) + 1];
                    else if (k > 0 && st.SignsPrev[p] != v0) id = st.PrevId((p * 3) + 2);
                }
                else if (s1 == value)
                {
                    if (j > 0 && cur[p + 1 - _nx] != cur[p + 1]) id = ids[((p + 1 - _nx) * 3) + 1];
                    else if (k > 0 && st.SignsPrev[p + 1] != cur[p + 1]) id = st.PrevId(((p + 1) * 3) + 2);
                }

                ids[p * 3] = id != -1 ? id : NewPoint(slab, 0, i, j, k, g, g + 1, (value - s0) / (s1 - s0));
            }

            if ((m & 2) != 0)
            {
                int id = -1;
                double s0 = S(sc, g), s2 = S(sc, g + _nx);
                if (s0 == value)
                {
                    if (i < _nx - 1 && cur[p + 1] != v0) id = ids[p * 3];
                    else if (i > 0 && cur[p - 1] != v0) id = ids[(p - 1) * 3];
                    else if (j > 0 && cur[p - _nx] != v0) id = ids[((p - _nx) * 3) + 1];
                    else if (k > 0 && st.SignsPrev[p] != v0) id = st.PrevId((p * 3) + 2);
                }
                else if (s2 == value && k > 0 && st.SignsPrev[p + _nx] != cur[p + _nx])
                {
                    id = st.PrevId(((p + _nx) * 3) + 2);
                }

                ids[(p * 3) + 1] = id != -1 ? id : NewPoint(slab, 1, i, j, k, g, g + _nx, (value - s0) / (s2 - s0));
            }

            if ((m & 4) != 0)
            {
                int id = -1;
                double s0 = S(sc, g), s3 = S(sc, g + plane);
                if (s0 == value)
                {
                    if (i < _nx - 1 && cur[p + 1] != v0) id = ids[p * 3];
                    else if (hasNextRow && cur[p + _nx] != v0) id = ids[(p * 3) + 1];
                    else if (i > 0 && cur[p - 1] != v0) id = ids[(p - 1) * 3];
                    else if (j > 0 && cur[p - _nx] != v0) id = ids[((p - _nx) * 3) + 1];
                    else if (k > 0 && st.SignsPrev[p] != v0) id = st.PrevId((p * 3) + 2);
                }

                ids[(p * 3) + 2] = id != -1 ? id : NewPoint(slab, 2, i, j, k, g, g + plane, (value - s0) / (s3 - s0));
            }
        }
    }

    /// <summary>
    /// Appends the point on the edge from grid point g0 along <paramref name="axis"/>, with the
    /// coordinate arithmetic, central-difference gradients and normal orientation of VTK's
    /// synchronized templates (normals point towards lower values).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int NewPoint(Slab slab, int axis, int i, int j, int k, int g0, int g1, double t)
    {
        double x = _origin[0] + (_spacing[0] * (_min[0] + i));
        double y = _origin[1] + ((_min[1] + j) * _spacing[1]);
        double z = _origin[2] + (_spacing[2] * (_min[2] + k));
        switch (axis)
        {
            case 0: x = _origin[0] + (_spacing[0] * (_min[0] + i + t)); break;
            case 1: y += _spacing[1] * t; break;
            default: z += _spacing[2] * t; break;
        }

        slab.Points.Add((float)x, (float)y, (float)z);
        if (_needGradients)
        {
            ReadOnlySpan<T> sc = _array.ReadOnlyValues;
            Gradient(sc, i, j, k, g0, out double a0, out double a1, out double a2);
            int i1 = axis == 0 ? i + 1 : i, j1 = axis == 1 ? j + 1 : j, k1 = axis == 2 ? k + 1 : k;
            Gradient(sc, i1, j1, k1, g1, out double b0, out double b1, out double b2);
            double n0 = a0 + (t * (b0 - a0)), n1 = a1 + (t * (b1 - a1)), n2 = a2 + (t * (b2 - a2));
            slab.Gradients?.Add((float)n0, (float)n1, (float)n2);
            if (slab.Normals is not null)
            {
                double length = Math.Sqrt((n0 * n0) + (n1 * n1) + (n2 * n2));
                if (length != 0.0)
                {
                    n0 /= length;
                    n1 /= length;
                    n2 /= length;
                }

                slab.Normals.Add((float)-n0, (float)-n1, (float)-n2);
            }
        }

        if (slab.EdgeA is not null)
        {
            slab.EdgeA.Add(g0);
            slab.EdgeB!.Add(g1);
            slab.EdgeT!.Add(t);
        }

        return slab.PointCount++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Gradient(ReadOnlySpan<T> sc, int i, int j, int k, int g, out double gx, out double gy, out double gz)
    {
        int plane = _nx * _ny;
        gx = i == 0 ? (S(sc, g + 1) - S(sc, g)) / _spacing[0]
            : i == _nx - 1 ? (S(sc, g) - S(sc, g - 1)) / _spacing[0]
            : 0.5 * (S(sc, g + 1) - S(sc, g - 1)) / _spacing[0];
        gy = j == 0 ? (S(sc, g + _nx) - S(sc, g)) / _spacing[1]
            : j == _ny - 1 ? (S(sc, g) - S(sc, g - _nx)) / _spacing[1]
            : 0.5 * (S(sc, g + _nx) - S(sc, g - _nx)) / _spacing[1];
        gz = k == 0 ? (S(sc, g + plane) - S(sc, g)) / _spacing[2]
            : k == _nz - 1 ? (S(sc, g) - S(sc, g - plane)) / _spacing[2]
            : 0.5 * (S(sc, g + plane) - S(sc, g - plane)) / _spacing[2];
    }

    /// <summary>Emits the polygons of the voxels between rows j-1 and j, slices k-1 and k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void VoxelsOfRow(Slab slab, SliceState st, int k, int j)
    {
        byte state = st.RowsCur[j];
        if (state != 2 && st.RowsCur[j - 1] == state && st.RowsPrev[j] == state && st.RowsPrev[j - 1] == state)
        {
            return;
        }

        byte[] prev = st.SignsPrev, cur = st.SignsCur;
        ContourCaseTable table = ContourCaseTable.Voxel;
        Span<int> ids = stackalloc int[12];
        int r0 = (j - 1) * _nx;
        Span<byte> cases = st.Cases.AsSpan(0, _nx - 1);
        RowKernels.VoxelCases(prev.AsSpan(r0, _nx), prev.AsSpan(r0 + _nx, _nx), cur.AsSpan(r0, _nx), cur.AsSpan(r0 + _nx, _nx), cases);
        for (int i = 0; i < _nx - 1; i++)
        {
            int skip = cases[i..].IndexOfAnyExcept((byte)0, (byte)255);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            int p0 = r0 + i, c = cases[i];

            for (int e = 0; e < 12; e++)
            {
                int index = ((p0 + s_edgeOffset[e].Row * _nx + s_edgeOffset[e].Column) * 3) + s_edgeOffset[e].Axis;
                ids[e] = s_edgeOffset[e].Slice == 0 ? st.PrevId(index) : st.IdsCur[index];
            }

            int cellId = i + ((_nx - 1) * ((j - 1) + ((k - 1) * (_ny - 1))));
            if (_generateTriangles)
            {
                ReadOnlySpan<byte> tris = table.Triangles(c);
                for (int t = 0; t < tris.Length; t += 3)
                {
                    int a = ids[tris[t]], b = ids[tris[t + 1]], d = ids[tris[t + 2]];
                    if (a != b && a != d && b != d)
                    {
                        slab.Cells.Add(3);
                        slab.Cells.Add(a, b, d);
                        slab.CellIds?.Add(cellId);
                        slab.CellCount++;
                    }
                }
            }
            else
            {
                EmitPolygons(slab, table.Polygons(c), ids, cellId);
            }
        }
    }

    private static void EmitPolygons(Slab slab, ReadOnlySpan<byte> polygons, ReadOnlySpan<int> ids, int cellId)
    {
        for (int q = 0; q < polygons.Length; q += polygons[q] + 1)
        {
            int n = polygons[q], start = slab.Cells.Count, kept = 0;
            slab.Cells.Add(0);
            for (int v = 0; v < n; v++)
            {
                int id = ids[polygons[q + 1 + v]];
                if (kept == 0 || (slab.Cells[slab.Cells.Count - 1] != id && (v < n - 1 || slab.Cells[start + 1] != id)))
                {
                    slab.Cells.Add(id);
                    kept++;
                }
            }

            if (kept >= 3)
            {
                slab.Cells[start] = kept;
                slab.CellIds?.Add(cellId);
                slab.CellCount++;
            }
            else
            {
                slab.Cells.Truncate(start);
            }
        }
    }
}
