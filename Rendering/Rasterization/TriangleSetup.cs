using System.Numerics;
using System.Runtime.CompilerServices;
using OrleansPV.Rendering.ColorMaps;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>Per-triangle constants for <see cref="TriangleRasterizer"/>: the three vertices' attributes and what is constant over the face.</summary>
internal readonly struct TriangleSetup
{
    private readonly SurfaceShader _shader;
    private readonly LookupTable? _table;
    private readonly Vector3 _n0, _n1, _n2, _v0, _v1, _v2;
    private readonly float _w0, _w1, _w2, _t0, _t1, _t2;
    private readonly Vector3 _ambient, _diffuse;
    private readonly bool _interpolatedNormals, _flip, _textured, _needPosition;

    public TriangleSetup(PreparedMesh mesh, SurfaceShader shader, int triangle, int i0, int i1, int i2, bool front)
        : this(mesh, shader, triangle, TriangleCorner.Load(mesh, i0), TriangleCorner.Load(mesh, i1), TriangleCorner.Load(mesh, i2), front)
    {
    }

    public TriangleSetup(PreparedMesh mesh, SurfaceShader shader, int triangle, in TriangleCorner c0, in TriangleCorner c1, in TriangleCorner c2, bool front)
    {
        _shader = shader;
        Translucent = mesh.Translucent;
        _w0 = c0.Window.W;
        _w1 = c1.Window.W;
        _w2 = c2.Window.W;
        _v0 = c0.View;
        _v1 = c1.View;
        _v2 = c2.View;
        _needPosition = shader.Specular > 0;
        _interpolatedNormals = mesh.HasNormals;
        if (_interpolatedNormals)
        {
            _n0 = c0.Normal;
            _n1 = c1.Normal;
            _n2 = c2.Normal;

            // Two-sided lighting: back faces use the reversed normal.
            _flip = !front;
        }
        else
        {
            // No normals: the face normal, turned toward the viewer (VTK derives it from screen derivatives).
            Vector3 n = Vector3.Cross(_v1 - _v0, _v2 - _v0);
            float length = n.Length();
            n = length > 0 ? n / length : Vector3.UnitZ;
            bool away = shader.Parallel ? n.Z < 0 : Vector3.Dot(n, _v0) > 0;
            _n0 = away ? -n : n;
        }

        _ambient = shader.SolidAmbient;
        _diffuse = shader.SolidDiffuse;
        switch (mesh.ColorSource)
        {
            case ColorSource.PointScalars:
                _t0 = c0.Texture;
                _t1 = c1.Texture;
                _t2 = c2.Texture;
                _table = mesh.Properties.Coloring!.LookupTable;
                _textured = true;
                break;
            case ColorSource.CellScalars:
                Vector3 cell = SurfaceShader.Unpack(mesh.CellColors[mesh.TriangleCell(triangle)]);
                _ambient = cell * shader.Ambient;
                _diffuse = cell * shader.Diffuse;
                break;
        }
    }

    public bool Translucent { get; }

    /// <summary>Shades the pixel with screen barycentrics (l0, l1, l2) and edge mix <paramref name="edgeMix"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector3 Shade(float l0, float l1, float l2, float edgeMix)
    {
        // Perspective-correct weights.
        float q0 = l0 * _w0, q1 = l1 * _w1, q2 = l2 * _w2;
        float inverse = 1f / (q0 + q1 + q2);
        q0 *= inverse;
        q1 *= inverse;
        q2 *= inverse;

        Vector3 normal;
        if (_interpolatedNormals)
        {
            normal = (q0 * _n0) + (q1 * _n1) + (q2 * _n2);
            float length = normal.Length();
            normal = length > 0 ? normal / length : Vector3.UnitZ;
            if (_flip)
            {
                normal = -normal;
            }
        }
        else
        {
            normal = _n0;
        }

        Vector3 ambient = _ambient, diffuse = _diffuse;
        if (_textured)
        {
            Vector3 mapped = SurfaceShader.Unpack(_table!.MapTextureCoordinate((q0 * _t0) + (q1 * _t1) + (q2 * _t2)));
            ambient = mapped * _shader.Ambient;
            diffuse = mapped * _shader.Diffuse;
        }

        if (edgeMix > 0)
        {
            ambient = Vector3.Lerp(ambient, _shader.EdgeColor, edgeMix);
            diffuse *= 1 - edgeMix;
        }

        Vector3 position = _needPosition ? (q0 * _v0) + (q1 * _v1) + (q2 * _v2) : default;
        return _shader.Shade(normal, ambient, diffuse, position);
    }
}
