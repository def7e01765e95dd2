using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Contour;

/// <summary>Assembling the poly data: points in the requested precision, arrays, and averaged normals.</summary>
internal sealed partial class CellContourer
{
    private PolyData BuildOutput(bool computeScalars, bool computeNormals)
    {
        int n = _edgeA.Count;
        bool useDouble = _precision == OutputPointsPrecision.Double
            || (_precision == OutputPointsPrecision.SameAsInput && _input is PointSet { Points.ScalarType: ScalarType.Float64 });
        var output = new PolyData();
        ReadOnlySpan<double> xyz = _points.Span;
        if (useDouble)
        {
            output.Points = new DataArray<double>("Points", 3, xyz.ToArray());
        }
        else
        {
            var points = new float[xyz.Length];
            for (int i = 0; i < xyz.Length; i++)
            {
                points[i] = (float)xyz[i];
            }

            output.Points = new DataArray<float>("Points", 3, points);
        }

        output.Verts = _verts.ToCellArray();
        output.Lines = _lines.ToCellArray();
        output.Polys = _polys.ToCellArray();
        AttributeTransfer.InterpolatePointArrays(_input.PointData, output.PointData, _scalarsArray.Name, _edgeA.Span, _edgeB.Span, _edgeT.Span);
        if (_input.CellData.Count > 0 && !_edgePointsOnly)
        {
            var sources = new int[output.NumberOfCells];
            _verts.Sources.CopyTo(sources);
            _lines.Sources.CopyTo(sources.AsSpan(_verts.Count));
            _polys.Sources.CopyTo(sources.AsSpan(_verts.Count + _lines.Count));
            AttributeTransfer.CopyCellArrays(_input.CellData, output.CellData, sources);
        }

        if (computeScalars)
        {
            DataArray scalars = DataArray.Create(_scalarsArray.ScalarType, _scalarsArray.Name, 1, n);
            var values = new double[n];
            for (int p = 0; p < n; p++)
            {
                values[p] = _values[_pointValue[p]];
            }

            Fill(scalars, values);
            output.PointData.Add(scalars);
            output.PointData.ActiveScalars = scalars.Name;
        }

        if (computeNormals)
        {
            output.PointData.Add(AveragedNormals(output.Polys, xyz, n));
            output.PointData.ActiveNormals = "Normals";
        }

        return output;
    }

    private static void Fill(DataArray array, double[] values)
    {
        switch (array)
        {
            case DataArray<float> f: for (int i = 0; i < values.Length; i++) f.Values[i] = (float)values[i]; break;
            case DataArray<double> d: values.CopyTo(d.Values); break;
            case DataArray<int> i32: for (int i = 0; i < values.Length; i++) i32.Values[i] = (int)values[i]; break;
            case DataArray<long> i64: for (int i = 0; i < values.Length; i++) i64.Values[i] = (long)values[i]; break;
            case DataArray<byte> u8: for (int i = 0; i < values.Length; i++) u8.Values[i] = (byte)values[i]; break;
            default: throw new NotSupportedException($"Array '{array.Name}' has an unsupported type {array.ScalarType}.");
        }
    }

    /// <summary>Point normals as vtkPolyDataNormals makes them with a 180° feature angle: the normalized sum of unit polygon normals.</summary>
    private static DataArray<float> AveragedNormals(CellArray polys, ReadOnlySpan<double> xyz, int pointCount)
    {
        var sum = new double[pointCount * 3];
        for (int c = 0; c < polys.NumberOfCells; c++)
        {
            ReadOnlySpan<int> ids = polys.GetCell(c);
            double nx = 0, ny = 0, nz = 0;
            for (int q = 0; q < ids.Length; q++)
            {
                int a = 3 * ids[q], b = 3 * ids[(q + 1) % ids.Length];
                nx += (xyz[a + 1] - xyz[b + 1]) * (xyz[a + 2] + xyz[b + 2]);
                ny += (xyz[a + 2] - xyz[b + 2]) * (xyz[a] + xyz[b]);
                nz += (xyz[a] - xyz[b]) * (xyz[a + 1] + xyz[b + 1]);
            }

            double length = Math.Sqrt((nx * nx) + (ny * ny) + (nz * nz));
            if (length == 0)
            {
                continue;
            }

            foreach (int id in ids)
            {
                sum[3 * id] += nx / length;
                sum[(3 * id) + 1] += ny / length;
                sum[(3 * id) + 2] += nz / length;
            }
        }

        var normals = new DataArray<float>("Normals", 3, pointCount);
        Span<float> span = normals.Values;
        for (int p = 0; p < pointCount; p++)
        {
            double length = Math.Sqrt((sum[3 * p] * sum[3 * p]) + (sum[(3 * p) + 1] * sum[(3 * p) + 1]) + (sum[(3 * p) + 2] * sum[(3 * p) + 2]));
            double scale = length == 0 ? 0 : 1 / length;
            span[3 * p] = (float)(sum[3 * p] * scale);
            span[(3 * p) + 1] = (float)(sum[(3 * p) + 1] * scale);
            span[(3 * p) + 2] = (float)(sum[(3 * p) + 2] * scale);
        }

        return normals;
    }
}
