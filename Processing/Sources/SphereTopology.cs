using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Sources;

/// <summary>The polygons of vtkSphereSource, in its order: north cap, south cap, then the bands.</summary>
internal static class SphereTopology
{
    /// <param name="phiResolution">Points per longitude column (poles excluded).</param>
    /// <param name="columns">Longitude columns of points.</param>
    /// <param name="cellColumns">Longitude columns of cells (one less than <paramref name="columns"/> for a partial sphere).</param>
    public static CellArray Build(int phiResolution, int columns, int cellColumns, int numPoles, bool northPole, bool southPole, bool quads)
    {
        int bandCells = cellColumns * Math.Max(0, phiResolution - 1) * (quads ? 1 : 2);
        int capCells = cellColumns * ((northPole ? 1 : 0) + (southPole ? 1 : 0));
        int cells = capCells + bandCells;
        var offsets = new int[cells + 1];
        var connectivity = new int[(capCells * 3) + (bandCells * (quads ? 4 : 3))];
        int c = 0, k = 0;
        int wrap = phiResolution * columns;

        void Add(ReadOnlySpan<int> ids)
        {
            ids.CopyTo(connectivity.AsSpan(k));
            k += ids.Length;
            offsets[++c] = k;
        }

        if (northPole)
        {
            for (int i = 0; i < cellColumns; i++)
            {
                Add([(phiResolution * i) + numPoles, ((phiResolution * (i + 1)) % wrap) + numPoles, 0]);
            }
        }

        if (southPole)
        {
            int numOffset = phiResolution - 1 + numPoles;
            for (int i = 0; i < cellColumns; i++)
            {
                Add([(phiResolution * i) + numOffset, numPoles - 1, ((phiResolution * (i + 1)) % wrap) + numOffset]);
            }
        }

        for (int i = 0; i < cellColumns; i++)
        {
            for (int j = 0; j < phiResolution - 1; j++)
            {
                int p0 = (phiResolution * i) + j + numPoles;
                int p2 = (((phiResolution * (i + 1)) + j) % wrap) + numPoles + 1;
                if (quads)
                {
                    Add([p0, p0 + 1, p2, p2 - 1]);
                }
                else
                {
                    Add([p0, p0 + 1, p2]);
                    Add([p0, p2, p2 - 1]);
                }
            }
        }

        return new CellArray(offsets, connectivity);
    }
}
