using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using OrleansPV.Processing.Filters.Common;

namespace OrleansPV.Processing.Filters.Contour;

/// <summary>The slab and slice-buffer types of the image contourer.</summary>
internal sealed partial class ImageContourer<T>
    where T : unmanaged, INumber<T>
{
    /// <summary>What one slab of slices produced, with slab-local point ids.</summary>
    private sealed class Slab
    {
        public Slab(int valueIndex, int k0, int k1, ImageContourSettings settings, bool needGradients)
        {
            ValueIndex = valueIndex;
            K0 = k0;
            K1 = k1;
            Normals = settings.ComputeNormals && needGradients ? new GrowBuffer<float>() : null;
            Gradients = settings.ComputeGradients ? new GrowBuffer<float>() : null;
            EdgeA = settings.RecordEdges ? new GrowBuffer<int>() : null;
            EdgeB = settings.RecordEdges ? new GrowBuffer<int>() : null;
            EdgeT = settings.RecordEdges ? new GrowBuffer<double>() : null;
            CellIds = settings.RecordCells ? new GrowBuffer<int>() : null;
        }

        public int ValueIndex { get; }

        public int K0 { get; }

        public int K1 { get; }

        public GrowBuffer<float> Points { get; } = new();

        public GrowBuffer<float>? Normals { get; }

        public GrowBuffer<float>? Gradients { get; }

        /// <summary>Polygons as a size followed by point ids; a negative size marks a dropped polygon.</summary>
        public GrowBuffer<int> Cells { get; } = new();

        public GrowBuffer<int>? EdgeA { get; }

        public GrowBuffer<int>? EdgeB { get; }

        public GrowBuffer<double>? EdgeT { get; }

        public GrowBuffer<int>? CellIds { get; }

        public int PointCount { get; set; }

        public int CellCount { get; set; }

        /// <summary>Edge point ids of the slab's last slice, read by the next slab.</summary>
        public int[]? LastIds { get; set; }

        public int PointOffset { get; set; }

        public int KeptCells { get; set; }

        public int KeptConnectivity { get; set; }

        public int CellOffset { get; set; }

        public int ConnectivityOffset { get; set; }

        /// <summary>Gives the slab's buffers back to the pool (after <see cref="CopyTo"/>).</summary>
        public void Release()
        {
            Points.Dispose();
            Normals?.Dispose();
            Gradients?.Dispose();
            Cells.Dispose();
            EdgeA?.Dispose();
            EdgeB?.Dispose();
            EdgeT?.Dispose();
            CellIds?.Dispose();
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void CopyTo(ContourPieces result)
        {
            Points.Span.CopyTo(result.Points.AsSpan(PointOffset * 3));
            Normals?.Span.CopyTo(result.Normals.AsSpan(PointOffset * 3));
            Gradients?.Span.CopyTo(result.Gradients.AsSpan(PointOffset * 3));
            EdgeA?.Span.CopyTo(result.EdgeA.AsSpan(PointOffset));
            EdgeB?.Span.CopyTo(result.EdgeB.AsSpan(PointOffset));
            EdgeT?.Span.CopyTo(result.EdgeT.AsSpan(PointOffset));
            ReadOnlySpan<int> cells = Cells.Span;
            int cell = CellOffset, connectivity = ConnectivityOffset, source = 0;
            for (int c = 0; c < cells.Length; c += Math.Abs(cells[c]) + 1, source++)
            {
                int n = cells[c];
                if (n < 0)
                {
                    continue;
                }

                result.Offsets[cell] = connectivity;
                if (result.SourceCells is not null)
                {
                    result.SourceCells[cell] = CellIds![source];
                }

                cells.Slice(c + 1, n).CopyTo(result.Connectivity.AsSpan(connectivity));
                connectivity += n;
                cell++;
            }
        }
    }

    /// <summary>Signs, row states and edge point ids of the previous, current and next slices.</summary>
    private sealed class SliceState
    {
        public SliceState(int nx, int ny)
        {
            int plane = nx * ny;
            SignsPrev = ArrayPool<byte>.Shared.Rent(plane);
            SignsCur = ArrayPool<byte>.Shared.Rent(plane);
            SignsNext = ArrayPool<byte>.Shared.Rent(plane);
            RowsPrev = new byte[ny];
            RowsCur = new byte[ny];
            RowsNext = new byte[ny];
            IdsPrev = ArrayPool<int>.Shared.Rent(plane * 3);
            IdsCur = ArrayPool<int>.Shared.Rent(plane * 3);
            Mask = new byte[nx];
            Cases = new byte[nx];
        }

        /// <summary>Returns the pooled buffers but the previous slice's ids, which the caller keeps.</summary>
        public int[] ReleaseKeepingPreviousIds()
        {
            ArrayPool<byte>.Shared.Return(SignsPrev);
            ArrayPool<byte>.Shared.Return(SignsCur);
            ArrayPool<byte>.Shared.Return(SignsNext);
            ArrayPool<int>.Shared.Return(IdsCur);
            return IdsPrev;
        }

        /// <summary>Scratch: crossed-edge bits of the row being processed.</summary>
        public byte[] Mask { get; }

        /// <summary>Scratch: voxel cases of the row being processed.</summary>
        public byte[] Cases { get; }

        public byte[] SignsPrev { get; private set; }

        public byte[] SignsCur { get; private set; }

        public byte[] SignsNext { get; private set; }

        public byte[] RowsPrev { get; private set; }

        public byte[] RowsCur { get; private set; }

        public byte[] RowsNext { get; private set; }

        public int[] IdsPrev { get; private set; }

        public int[] IdsCur { get; private set; }

        /// <summary>True while the previous slice belongs to the previous slab (its ids are placeholders).</summary>
        public bool PrevExternal { get; set; }

        public int PrevId(int index) => PrevExternal ? -2 - index : IdsPrev[index];

        public void Advance()
        {
            (SignsPrev, SignsCur, SignsNext) = (SignsCur, SignsNext, SignsPrev);
            (RowsPrev, RowsCur, RowsNext) = (RowsCur, RowsNext, RowsPrev);
            (IdsPrev, IdsCur) = (IdsCur, IdsPrev);
            PrevExternal = false;
        }
    }
}
