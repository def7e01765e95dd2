namespace OrleansPV.Processing.Filters.Clip;

/// <summary>
/// The unit-cube view of a hexahedron in VTK's point order: corner bits (x, y, z), neighbours along
/// each axis, and the six faces with their points in cyclic order, outward.
/// </summary>
internal static class HexahedronTopology
{
    private static readonly int[] s_bits = [0b000, 0b001, 0b011, 0b010, 0b100, 0b101, 0b111, 0b110];
    private static readonly int[] s_cornerOfBits = [0, 1, 3, 2, 4, 5, 7, 6];

    /// <summary>Faces as four corners in cyclic order, normal pointing out of the cell.</summary>
    public static readonly int[][] Faces = [[0, 3, 2, 1], [4, 5, 6, 7], [0, 1, 5, 4], [3, 7, 6, 2], [0, 4, 7, 3], [1, 2, 6, 5]];

    /// <summary>The corner next to <paramref name="corner"/> along <paramref name="axis"/> (0 x, 1 y, 2 z).</summary>
    public static int Neighbor(int corner, int axis) => s_cornerOfBits[s_bits[corner] ^ (1 << axis)];

    /// <summary>The corner diagonally opposite through the cell centre.</summary>
    public static int Opposite(int corner) => s_cornerOfBits[s_bits[corner] ^ 0b111];

    /// <summary>The axis joining two adjacent corners, or -1 when they share no edge.</summary>
    public static int EdgeAxis(int a, int b)
    {
        int diff = s_bits[a] ^ s_bits[b];
        return System.Numerics.BitOperations.PopCount((uint)diff) == 1 ? System.Numerics.BitOperations.TrailingZeroCount(diff) : -1;
    }

    /// <summary>The corners of <paramref name="mask"/> connected to <paramref name="seed"/> through cell edges inside the mask.</summary>
    public static int Component(int mask, int seed)
    {
        int component = 1 << seed, frontier = component;
        while (frontier != 0)
        {
            int corner = System.Numerics.BitOperations.TrailingZeroCount(frontier);
            frontier &= frontier - 1;
            for (int axis = 0; axis < 3; axis++)
            {
                int next = 1 << Neighbor(corner, axis);
                if ((mask & next) != 0 && (component & next) == 0)
                {
                    component |= next;
                    frontier |= next;
                }
            }
        }

        return component;
    }
}
