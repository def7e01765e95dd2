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
        var signatureStart = new long[cellCount + 1];
        for (int c = 0; c < cellCount; c++)
        {
            CellType type = cells.GetCellType(c);
            int count = CellFaceWalker.FaceCount(cells, c, type);
            if (count == 0 && CellTypes.Dimension(type) == 3)
            {
                throw new AlgorithmException(algorithm, $"cell type {CellTypes.Describe((byte)type)} is not supported.");
            }

            faceStart[c + 1] = faceStart[c] + count;
            signatureStart[c + 1] = signatureStart[c] + SignatureLength(cells, c, type);
        }

        int faceCount = faceStart[cellCount];
        if (signatureStart[cellCount] > Array.MaxLength)
        {
            throw new AlgorithmException(algorithm, $"the cells have {signatureStart[cellCount]} face points, more than an array holds.");
        }

        // Each face's signature: its point ids sorted (faces match when they use the same points, as
        // vtkDataSetSurfaceFilter's hashes and GetCellNeighbors match them).
        var signatures = new int[signatureStart[cellCount]];
        var faceSignature = new int[faceCount + 1];
        faceSignature[faceCount] = signatures.Length;
        var options = context.CreateParallelOptions();
        Parallel.For(0, (cellCount + ChunkSize - 1) / ChunkSize, options, chunk =>
        {
            context.ThrowIfCancellationRequested();
            Span<int> buffer = stackalloc int[16];
            Span<int> imageCell = stackalloc int[8];
            int end = Math.Min(cellCount, (chunk + 1) * ChunkSize);
            for (int c = chunk * ChunkSize; c < end; c++)
            {
                CellType type = cells.GetCellType(c);
                int count = faceStart[c + 1] - faceStart[c];
                if (count == 0)
                {
                    continue;
                }

                ReadOnlySpan<int> ids = cells.GetCellPoints(c, imageCell);
                int at = (int)signatureStart[c];
                for (int f = 0; f < count; f++)
                {
                    ReadOnlySpan<int> face = CellFaceWalker.FacePoints(cells, c, type, ids, f, buffer, out _);
                    faceSignature[faceStart[c] + f] = at;
                    Span<int> signature = signatures.AsSpan(at, face.Length);
                    face.CopyTo(signature);
                    signature.Sort();
                    at += face.Length;
                }
            }
        });
        context.ReportProgress(0.3, "hashed faces");

        // Counting sort of faces by smallest point id.
        var bucketStart = new int[cells.NumberOfPoints + 1];
        for (int f = 0; f < faceCount; f++)
        {
            bucketStart[signatures[faceSignature[f]] + 1]++;
        }

        for (int p = 0; p < cells.NumberOfPoints; p++)
        {
            bucketStart[p + 1] += bucketStart[p];
        }

        var order = new int[faceCount];
        var fill = bucketStart[..^1];
        for (int f = 0; f < faceCount; f++)
        {
            order[fill[signatures[faceSignature[f]]]++] = f;
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
                    ReadOnlySpan<int> a = Signature(signatures, faceSignature, order[i]);
                    bool shared = false;
                    for (int j = bucketStart[p]; j < bucketStart[p + 1] && !shared; j++)
                    {
                        shared = j != i && a.SequenceEqual(Signature(signatures, faceSignature, order[j]));
                    }

                    boundary[order[i]] = !shared;
                }
            }
        });
        return new FaceTable(faceStart, boundary);
    }

    private static ReadOnlySpan<int> Signature(int[] signatures, int[] faceSignature, int face)
        => signatures.AsSpan(faceSignature[face], faceSignature[face + 1] - faceSignature[face]);

    /// <summary>The number of face points a cell contributes (the sum of its faces' sizes).</summary>
    private static int SignatureLength(CellSource cells, int cellId, CellType type)
    {
        if (type == CellType.Polyhedron)
        {
            ReadOnlySpan<int> stream = cells.GetCellFaces(cellId);
            return stream.Length - 1 - stream[0];
        }

        return s_faceLengths[(byte)type];
    }

    private static readonly int[] s_faceLengths = Enumerable.Range(0, byte.MaxValue + 1)
        .Select(t => CellFaces.Of((CellType)t)?.Sum(f => f.Points.Length) ?? 0).ToArray();
}
