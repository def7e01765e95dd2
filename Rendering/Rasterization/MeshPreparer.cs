using System.Numerics;
using OrleansPV.Processing.DataModel;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>Builds a <see cref="PreparedMesh"/> for one frame: vertex work in parallel chunks, primitives, band bins.</summary>
internal static class MeshPreparer
{
    private const int VertexChunk = 16384;

    public static PreparedMesh Prepare(PolyData geometry, DisplayProperties properties, in ViewProjection projection, int bandHeight, ParallelOptions options)
    {
        var mesh = new PreparedMesh(geometry, properties) { Projection = projection };
        try
        {
            TransformVertices(mesh, projection, options);
            PrepareColors(mesh, options);
            options.CancellationToken.ThrowIfCancellationRequested();
            BuildPrimitives(mesh, projection, bandHeight, options);
            return mesh;
        }
        catch
        {
            mesh.Dispose();
            throw;
        }
    }

    private static void TransformVertices(PreparedMesh mesh, ViewProjection projection, ParallelOptions options)
    {
        PolyData geometry = mesh.Geometry;
        int n = geometry.NumberOfPoints;
        mesh.RentWindow(n);
        mesh.RentSnapped(n);
        mesh.RentView(n);
        DataArray? normals = mesh.Properties.Interpolation == ShadingInterpolation.Gouraud ? geometry.PointData.GetNormals() : null;
        if (normals is not null && (normals.NumberOfComponents != 3 || normals.NumberOfTuples != n))
        {
            normals = null;
        }

        if (normals is not null)
        {
            mesh.RentNormals(n);
        }

        int chunks = (n + VertexChunk - 1) / VertexChunk;
        Parallel.For(0, chunks, options, chunk =>
        {
            int start = chunk * VertexChunk, end = Math.Min(n, start + VertexChunk);
            Span<Vector3> view = mesh.WritableView;
            Span<Vector4> window = mesh.WritableWindow;
            int tail = start;
            switch (geometry.Points)
            {
                case DataArray<float> f:
                    tail = WideVertexTransform.Positions(f.ReadOnlyValues, projection, mesh.InverseNear, start, end, view, window, mesh.WritableSnapped);
                    VertexTransform.Positions(f.ReadOnlyValues, projection, tail, end, view, window);
                    break;
                case DataArray<double> d:
                    VertexTransform.Positions(d.ReadOnlyValues, projection, start, end, view, window);
                    break;
            }

            Snap(mesh, window, mesh.WritableSnapped, tail, end);
            if (normals is not null)
            {
                Span<Vector3> output = mesh.WritableNormals;
                switch (normals)
                {
                    case DataArray<float> f:
                        int normalTail = WideVertexTransform.Normals(f.ReadOnlyValues, projection, start, end, output);
                        VertexTransform.Normals(f.ReadOnlyValues, projection, normalTail, end, output);
                        break;
                    case DataArray<double> d:
                        VertexTransform.Normals(d.ReadOnlyValues, projection, start, end, output);
                        break;
                }
            }
        });
    }

    /// <summary>Snaps the window positions that triangles can rasterize directly (see <see cref="SnappedPoint"/>).</summary>
    private static void Snap(PreparedMesh mesh, ReadOnlySpan<Vector4> window, Span<SnappedPoint> snapped, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            Vector4 p = window[i];
            bool direct = !NearPlaneClipper.NeedsClipping(mesh, p.W) && p.W > 0 && TriangleRasterizer.InGuardBand(p);
            snapped[i] = direct
                ? new SnappedPoint((int)TriangleRasterizer.Snap(p.X), (int)TriangleRasterizer.Snap(p.Y))
                : new SnappedPoint(SnappedPoint.NotDirect, SnappedPoint.NotDirect);
        }
    }

    private static void PrepareColors(PreparedMesh mesh, ParallelOptions options)
    {
        ScalarColoring? coloring = mesh.Properties.Coloring;
        mesh.ColorSource = ColorSource.Solid;
        if (coloring is null)
        {
            return;
        }

        PolyData geometry = mesh.Geometry;
        DataArray? array = coloring.Location == AttributeLocation.Points ? geometry.PointData.Get(coloring.ArrayName) : geometry.CellData.Get(coloring.ArrayName);
        if (array is null || coloring.Component >= array.NumberOfComponents)
        {
            return;
        }

        int expected = coloring.Location == AttributeLocation.Points ? geometry.NumberOfPoints : geometry.NumberOfCells;
        if (array.NumberOfTuples != expected)
        {
            return;
        }

        var table = coloring.LookupTable;
        if (coloring.Location == AttributeLocation.Points)
        {
            mesh.RentTexture(expected);
            int chunks = (expected + VertexChunk - 1) / VertexChunk;
            Parallel.For(0, chunks, options, chunk =>
            {
                int start = chunk * VertexChunk, end = Math.Min(expected, start + VertexChunk);
                ScalarReader.TextureCoordinates(array, coloring.Component, table.Min, table.Max, mesh.WritableTexture, start, end);
            });
            mesh.ColorSource = ColorSource.PointScalars;
        }
        else
        {
            Span<uint> colors = mesh.RentCellColors(expected);
            ScalarReader.CellColors(array, coloring.Component, table, colors);
            mesh.ColorSource = ColorSource.CellScalars;
        }
    }

    private static void BuildPrimitives(PreparedMesh mesh, in ViewProjection projection, int bandHeight, ParallelOptions options)
    {
        PolyData geometry = mesh.Geometry;
        int bandCount = (projection.Height + bandHeight - 1) / bandHeight;
        Representation representation = mesh.Properties.Representation;
        bool surface = representation is Representation.Surface or Representation.SurfaceWithEdges;

        if (surface)
        {
            if (Topology.IsPlainTriangles(geometry))
            {
                mesh.PlainTriangles = true;
                mesh.TriangleCount = geometry.Polys.NumberOfCells;
            }
            else
            {
                int count = Topology.CountTriangles(geometry);
                mesh.RentTriangles(count);
                Topology.Triangulate(geometry, mesh.WritableTriangleVertices, mesh.WritableTriangleCells, mesh.WritableTriangleEdges);
                mesh.TriangleCount = count;
            }

            PrimitiveBinner.BinTriangles(mesh, projection, bandHeight, bandCount, options);
        }

        if (representation != Representation.Points)
        {
            bool polygonEdges = representation == Representation.Wireframe;
            int count = Topology.CountSegments(geometry, polygonEdges);
            mesh.RentSegments(count);
            Topology.Segments(geometry, polygonEdges, mesh.WritableSegmentVertices, mesh.WritableSegmentCells);
            mesh.SegmentCount = count;
            PrimitiveBinner.BinSegments(mesh, projection, bandHeight, bandCount);
        }

        int pointCount = representation == Representation.Points ? geometry.NumberOfPoints : geometry.Verts.Connectivity.Length;
        Span<int> points = mesh.RentPoints(pointCount);
        if (representation == Representation.Points)
        {
            for (int i = 0; i < pointCount; i++)
            {
                points[i] = i;
            }
        }
        else
        {
            geometry.Verts.Connectivity.CopyTo(points);
        }

        mesh.PointCount = pointCount;
        PrimitiveBinner.BinPoints(mesh, projection, bandHeight, bandCount);
    }
}
