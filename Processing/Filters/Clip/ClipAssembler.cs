using System.Buffers;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Filters.Common;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.Clip;

/// <summary>
/// Clips every cell in fixed-size chunks (in parallel), then numbers the points deterministically:
/// the original points that are used, in id order, then one point per cut edge in edge-key order (a
/// crossing shared by neighbouring cells becomes one point), then the centre points of cone splits in
/// cell order. Chunks are fixed, so the output is the same at any thread count.
/// </summary>
internal static class ClipAssembler
{
    private const int ChunkSize = 4096;

    /// <param name="values">Per point: function (or scalar) minus the clip value.</param>
    /// <param name="kept">Per point: on the side the clip keeps.</param>
    public static UnstructuredGrid Clip(DataSet input, CellSource cells, double[] values, bool[] kept, string algorithm, ExecutionContext context)
    {
        int chunkCount = (cells.NumberOfCells + ChunkSize - 1) / ChunkSize;
        var chunks = new ClipChunk[chunkCount];
        try
        {
            return ClipAndNumber(input, cells, values, kept, algorithm, chunks, context);
        }
        finally
        {
            foreach (ClipChunk? chunk in chunks)
            {
                chunk?.Dispose();
            }
        }
    }

    private static UnstructuredGrid ClipAndNumber(DataSet input, CellSource cells, double[] values, bool[] kept, string algorithm, ClipChunk[] chunks, ExecutionContext context)
    {
        int chunkCount = chunks.Length;
        var options = context.CreateParallelOptions();
        int done = 0;
        Parallel.For(0, chunkCount, options, c =>
        {
            context.ThrowIfCancellationRequested();
            var chunk = new ClipChunk(cells.NumberOfPoints);
            Span<int> buffer = stackalloc int[8];
            int end = Math.Min(cells.NumberOfCells, (c + 1) * ChunkSize);
            for (int cell = c * ChunkSize; cell < end; cell++)
            {
                CellType type = cells.GetCellType(cell);
                if (!CellClipper.Supports(type))
                {
                    throw new Execution.AlgorithmException(algorithm, $"cell type {type} cannot be clipped.");
                }

                CellClipper.Clip(type, cells.GetCellPoints(cell, buffer), kept, cell, chunk);
            }

            chunks[c] = chunk;
            context.ReportProgress(0.1 + (0.6 * Interlocked.Increment(ref done) / chunkCount), "clipping cells");
        });

        long[] edgeKeys = UniqueEdgeKeys(chunks);
        context.ThrowIfCancellationRequested();
        var used = new bool[cells.NumberOfPoints];
        foreach (ClipChunk chunk in chunks)
        {
            foreach (int code in chunk.Codes)
            {
                if (code >= 0)
                {
                    used[code] = true;
                }
            }
        }

        var pointMap = new int[cells.NumberOfPoints];
        int usedCount = 0;
        for (int p = 0; p < used.Length; p++)
        {
            pointMap[p] = used[p] ? usedCount++ : -1;
        }

        var sourcePoints = new int[usedCount];
        for (int p = 0; p < used.Length; p++)
        {
            if (used[p])
            {
                sourcePoints[pointMap[p]] = p;
            }
        }

        context.ReportProgress(0.75, "numbering points");
        UnstructuredGrid output = BuildCells(chunks, pointMap, edgeKeys, usedCount, options);
        long n = cells.NumberOfPoints;
        int edgeCount = edgeKeys.AsSpan().BinarySearch(n * n) is int at && at < 0 ? ~at : at;
        var edges = new EdgePoint[edgeCount];
        for (int e = 0; e < edges.Length; e++)
        {
            int a = (int)(edgeKeys[e] / n), b = (int)(edgeKeys[e] % n);
            edges[e] = new EdgePoint(a, b, (0 - values[a]) / (values[b] - values[a]));
        }

        (int[] centreIds, double[] centreWeights) = CentrePoints.Weights(cells, edgeKeys.AsSpan(edgeCount), n, values);
        output.Points = BuildPoints(cells, sourcePoints, edges, centreIds, centreWeights);
        context.ReportProgress(0.85, "interpolating point data");
        AttributeBuilder.Build(input.PointData, output.PointData, sourcePoints, edges, centreIds, centreWeights);
        var sourceCells = new int[output.NumberOfCells];
        int k = 0;
        foreach (ClipChunk chunk in chunks)
        {
            chunk.Sources.CopyTo(sourceCells.AsSpan(k));
            k += chunk.CellCount;
        }

        AttributeBuilder.Build(input.CellData, output.CellData, sourceCells, []);
        return output;
    }

    private static long[] UniqueEdgeKeys(ClipChunk[] chunks)
    {
        int total = 0;
        foreach (ClipChunk chunk in chunks)
        {
            total += chunk.EdgeCount;
        }

        var keys = new long[total];
        int k = 0;
        foreach (ClipChunk chunk in chunks)
        {
            chunk.EdgeKeys.CopyTo(keys.AsSpan(k));
            k += chunk.EdgeCount;
        }

        Array.Sort(keys);
        int unique = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (unique == 0 || keys[i] != keys[unique - 1])
            {
                keys[unique++] = keys[i];
            }
        }

        return keys.AsSpan(0, unique).ToArray();
    }

    private static UnstructuredGrid BuildCells(ClipChunk[] chunks, int[] pointMap, long[] edgeKeys, int usedCount, ParallelOptions options)
    {
        var cellStart = new int[chunks.Length + 1];
        var codeStart = new int[chunks.Length + 1];
        for (int c = 0; c < chunks.Length; c++)
        {
            cellStart[c + 1] = cellStart[c] + chunks[c].CellCount;
            codeStart[c + 1] = codeStart[c] + chunks[c].CodeCount;
        }

        var types = new CellType[cellStart[^1]];
        var offsets = new int[cellStart[^1] + 1];
        var connectivity = new int[codeStart[^1]];
        Parallel.For(0, chunks.Length, options, c =>
        {
            ClipChunk chunk = chunks[c];
            chunk.Types.CopyTo(types.AsSpan(cellStart[c]));
            int offset = codeStart[c];
            for (int i = 0; i < chunk.CellCount; i++)
            {
                offsets[cellStart[c] + i] = offset;
                offset += PointCount(chunk.Types[i]);
            }

            // Each of the chunk's edge and centre keys once to its place among all of them.
            int[] numbered = ArrayPool<int>.Shared.Rent(chunk.EdgeCount);
            ReadOnlySpan<long> keys = chunk.EdgeKeys;
            for (int e = 0; e < keys.Length; e++)
            {
                numbered[e] = usedCount + Array.BinarySearch(edgeKeys, keys[e]);
            }

            ReadOnlySpan<int> codes = chunk.Codes;
            Span<int> target = connectivity.AsSpan(codeStart[c], codes.Length);
            for (int i = 0; i < codes.Length; i++)
            {
                int code = codes[i];
                target[i] = code >= 0 ? pointMap[code] : numbered[-1 - code];
            }

            ArrayPool<int>.Shared.Return(numbered);
        });
        offsets[^1] = connectivity.Length;
        var output = new UnstructuredGrid();
        output.SetCells(types, new CellArray(offsets, connectivity));
        return output;
    }

    private static int PointCount(CellType type) => type switch
    {
        CellType.Triangle => 3,
        CellType.Quad or CellType.Tetra => 4,
        CellType.Pyramid => 5,
        CellType.Wedge => 6,
        _ => 8,
    };

    /// <summary>Double precision for images, the input's precision otherwise (as vtkTableBasedClipDataSet).</summary>
    private static DataArray BuildPoints(CellSource cells, int[] sourcePoints, EdgePoint[] edges, int[] centreIds, double[] centreWeights)
    {
        var points = new DataArray<double>("Points", 3, sourcePoints.Length + edges.Length + (centreIds.Length / AttributeBuilder.WeightsPerPoint));
        Span<double> v = points.Values;
        int k = 0;
        foreach (int p in sourcePoints)
        {
            Vector3d x = cells.GetPoint(p);
            v[k++] = x.X;
            v[k++] = x.Y;
            v[k++] = x.Z;
        }

        foreach (EdgePoint edge in edges)
        {
            Vector3d a = cells.GetPoint(edge.A), b = cells.GetPoint(edge.B);
            v[k++] = a.X + (edge.T * (b.X - a.X));
            v[k++] = a.Y + (edge.T * (b.Y - a.Y));
            v[k++] = a.Z + (edge.T * (b.Z - a.Z));
        }

        for (int i = 0; i < centreIds.Length; i += AttributeBuilder.WeightsPerPoint)
        {
            double x = 0, y = 0, z = 0;
            for (int j = i; j < i + AttributeBuilder.WeightsPerPoint; j++)
            {
                Vector3d corner = cells.GetPoint(centreIds[j]);
                x += centreWeights[j] * corner.X;
                y += centreWeights[j] * corner.Y;
                z += centreWeights[j] * corner.Z;
            }

            v[k++] = x;
            v[k++] = y;
            v[k++] = z;
        }

        if (cells.IsImage || cells.PointType == ScalarType.Float64)
        {
            return points;
        }

        var floats = new DataArray<float>("Points", 3, points.NumberOfTuples);
        Span<float> f = floats.Values;
        for (int i = 0; i < v.Length; i++)
        {
            f[i] = (float)v[i];
        }

        return floats;
    }
}
