using System.Numerics;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Clip;

/// <summary>Corner adjacency and faces (cyclic, outward, VTK's order) of wedges and pyramids.</summary>
internal sealed class SmallCellTopology
{
    public static readonly SmallCellTopology Wedge = new(
        [[1, 2, 3], [0, 2, 4], [0, 1, 5], [0, 4, 5], [1, 3, 5], [2, 3, 4]],
        [[0, 1, 2], [3, 5, 4], [0, 3, 4, 1], [1, 4, 5, 2], [2, 5, 3, 0]]);

    public static readonly SmallCellTopology Pyramid = new(
        [[1, 3, 4], [0, 2, 4], [1, 3, 4], [0, 2, 4], [0, 1, 2, 3]],
        [[0, 3, 2, 1], [0, 1, 4], [1, 2, 4], [2, 3, 4], [3, 0, 4]]);

    private readonly int[] _adjacency = new int[6];

    private SmallCellTopology(int[][] neighbors, int[][] faces)
    {
        Neighbors = neighbors;
        Faces = faces;
        for (int corner = 0; corner < neighbors.Length; corner++)
        {
            foreach (int other in neighbors[corner])
            {
                _adjacency[corner] |= 1 << other;
            }
        }
    }

    public int[][] Neighbors { get; }

    public int[][] Faces { get; }

    public int Corners => Neighbors.Length;

    public static SmallCellTopology? Of(CellType type) => type switch
    {
        CellType.Wedge => Wedge,
        CellType.Pyramid => Pyramid,
        _ => null,
    };

    public bool Adjacent(int a, int b) => (_adjacency[a] & (1 << b)) != 0;

    /// <summary>Corner bits adjacent to <paramref name="corner"/>.</summary>
    public int AdjacencyMask(int corner) => _adjacency[corner];

    /// <summary>The corners of <paramref name="mask"/> connected to <paramref name="seed"/> through edges inside the mask.</summary>
    public int Component(int mask, int seed)
    {
        int component = 1 << seed, frontier = component;
        while (frontier != 0)
        {
            int corner = BitOperations.TrailingZeroCount(frontier);
            frontier &= frontier - 1;
            int next = _adjacency[corner] & mask & ~component;
            component |= next;
            frontier |= next;
        }

        return component;
    }

    /// <summary>The face whose corners are exactly <paramref name="mask"/>, or -1.</summary>
    public int FaceOf(int mask)
    {
        for (int f = 0; f < Faces.Length; f++)
        {
            int bits = 0;
            foreach (int corner in Faces[f])
            {
                bits |= 1 << corner;
            }

            if (bits == mask)
            {
                return f;
            }
        }

        return -1;
    }
}
