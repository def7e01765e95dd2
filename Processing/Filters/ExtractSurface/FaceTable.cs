using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Common;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.ExtractSurface;

/// <summary>
/// Which faces of the 3D cells no other cell shares. Faces are bucketed by their smallest point id
/// (a counting sort) and compared by their sorted point ids within a bucket, in parallel.
/// </summary>
internal sealed class FaceTable
{
    private const int ChunkSize = 16384;
    private readonly int[] _faceStart;
    private readonly bool[] _boundary;

    private FaceTable(int[] faceStart, bool[] boundary)
    {
        _faceStart = faceStart;
        _boundary = boundary;
    }

    public bool IsBoundary(int cell, int localFace) => _boundary[_faceStart[cell] + localFace];

    /// <summary>For a 3D image the boundary is known: voxel faces on the sides of the extent.</summary>
    public static FaceTable ForImage(ImageData image)
    {
        (int nx, int ny, int nz) = image.Dimensions;
        int cx = nx - 1, cy = ny - 1, cz = nz - 1;
        int cellCount = cx * cy * cz;
        var faceStart = new int[cellCount + 1];
        var boundary = new bool[6 * cellCount];
        for (int c = 0; c <= cellCount; c++)
        {
            faceStart[c] = 6 * c;
        }

        // Voxel faces in CellFaces order: x-, x+, y-, y+, z-, z+.
        for (int k = 0; k < cz; k++)
        {
            for (int j = 0; j < cy; j++)
            {
                for (int i = 0; i < cx; i++)
                {
                    int f = 6 * (i + (cx * (j + (cy * k))));
                    boundary[f] = i == 0;
                    boundary[f + 1] = i == cx - 1;
                    boundary[f + 2] = j == 0;
                    boundary[f + 3] = j == cy - 1;
                    boundary[f + 4] = k == 0;
                    boundary[f + 5] = k == cz - 1;
                }
            }
        }

        return new FaceTable(faceStart, boundary);
    }

    public static FaceTable Build(CellSource cells, string algorithm, ExecutionContext context)
    {
        int cellCount = cells.NumberOfCells;
        var faceStart = new int[cellCount + 1];
        for (int c = 0; c < cellCount; c++)
        {
            CellType type = cells.GetCellType(c);
            int[][]? faces = CellFaces.Of(type);
            if (faces is null && CellTypes.Dimension(type) == 3)
            {
                throw new AlgorithmException(algorithm, $"cell type {type} is not supported.");
            }

            faceStart[c + 1] = faceStart[c] + (faces?.Length ?? 0);
        }

        int faceCount = faceStart[cellCount];
        var signatures = new int[4 * faceCount];
        var options = context.CreateParallelOptions();
        Parallel.For(0, (cellCount + ChunkSize - 1) / ChunkSize, options, chunk =>
        {
            context.ThrowIfCancellationRequested();
            Span<int> buffer = stackalloc int[8];
            int end = Math.Min(cellCount, (chunk + 1) * ChunkSize);
            for (int c = chunk * ChunkSize; c < end; c++)
            {
                int[][]? faces = CellFaces.Of(cells.GetCellType(c));
                if (faces is null)
                {
                    continue;
                }

                ReadOnlySpan<int> ids = cells.GetCellPoints(c, buffer);
                for (int f = 0; f < faces.Length; f++)
                {
                    Span<int> signature = signatures.AsSpan(4 * (faceStart[c] + f), 4);
                    int[] face = faces[f];
                    signature[3] = int.MaxValue;
                    for (int i = 0; i < face.Length; i++)
                    {
                        signature[i] = ids[face[i]];
                    }

                    signature.Sort();
                }
            }
        });
        context.ReportProgress(0.3, "hashed faces");

        // Counting sort of faces by smallest point id.
        var bucketStart = new int[cells.NumberOfPoints + 1];
        for (int f = 0; f < faceCount; f++)
        {
            bucketStart[signatures[4 * f] + 1]++;
        }

        for (int p = 0; p < cells.NumberOfPoints; p++)
        {
            bucketStart[p + 1] += bucketStart[p];
        }

        var order = new int[faceCount];
        var fill = bucketStart[..^1];
        for (int f = 0; f < faceCount; f++)
        {
            order[fill[signatures[4 * f]]++] = f;
        }

        context.ThrowIfCancellationRequested();
        var boundary = new bool[faceCount];
        int pointCount = cells.NumberOfPoints;
        Parallel.For(0, (pointCount + ChunkSize - 1) / ChunkSize, options, chunk =>
        {
            context.ThrowIfCancellationRequested();
            int end = Math.Min(pointCount, (chunk + 1) * ChunkSize);
            for (int p = chunk * ChunkSize; p < end; p++)
            {
                for (int i = bucketStart[p]; i < bucketStart[p + 1]; i++)
                {
                    ReadOnlySpan<int> a = signatures.AsSpan(4 * order[i], 4);
                    bool shared = false;
                    for (int j = bucketStart[p]; j < bucketStart[p + 1] && !shared; j++)
                    {
                        shared = j != i && a.SequenceEqual(signatures.AsSpan(4 * order[j], 4));
                    }

                    boundary[order[i]] = !shared;
                }
            }
        });
        return new FaceTable(faceStart, boundary);
    }
}
