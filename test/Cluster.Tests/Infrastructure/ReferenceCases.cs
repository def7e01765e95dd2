using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Infrastructure;

/// <summary>ParaView 5.11's figures (<see cref="ReferenceFigures"/>) compared with what the data service reports.</summary>
public static class ReferenceCases
{
    /// <summary>Counts exactly, bounds and point array ranges to 1e-6 relative.</summary>
    public static void AssertMatches(string caseName, DataInformation actual)
    {
        ReferenceFigures.CaseFigures expected = ReferenceFigures.Get(caseName);
        Assert.Equal(expected.Type, actual.DataSetType);
        Assert.Equal(expected.Points, actual.NumberOfPoints);
        Assert.Equal(expected.Cells, actual.NumberOfCells);
        for (int i = 0; i < 6; i++)
        {
            ReferenceFigures.AssertClose(expected.Bounds[i], actual.Bounds[i], $"{caseName} bounds[{i}]");
        }

        foreach ((string name, ReferenceFigures.ArrayFigures figures) in expected.PointArrays)
        {
            ArrayInformation? info = actual.GetPointArray(name);
            Assert.NotNull(info);
            for (int c = 0; c < figures.Ranges.Count; c++)
            {
                // One range per component, then the magnitude's (component -1).
                (double min, double max) = info.Range(c == info.NumberOfComponents ? -1 : c);
                ReferenceFigures.AssertClose(figures.Ranges[c].Min, min, $"{caseName} {name}[{c}].min");
                ReferenceFigures.AssertClose(figures.Ranges[c].Max, max, $"{caseName} {name}[{c}].max");
            }
        }
    }
}
