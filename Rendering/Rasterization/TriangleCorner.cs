using System.Numerics;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>One vertex of a triangle with the attributes the shader interpolates.</summary>
internal struct TriangleCorner
{
    /// <summary>Window x, y, OpenGL depth, and 1/w.</summary>
    public Vector4 Window;

    /// <summary>Camera-space position.</summary>
    public Vector3 View;

    /// <summary>Camera-space unit normal (when the mesh has normals).</summary>
    public Vector3 Normal;

    /// <summary>Colour texture coordinate (when coloured by point scalars).</summary>
    public float Texture;

    public static TriangleCorner Load(PreparedMesh mesh, int vertex) => new()
    {
        Window = mesh.Window[vertex],
        View = mesh.View[vertex],
        Normal = mesh.HasNormals ? mesh.Normals[vertex] : default,
        Texture = mesh.ColorSource == ColorSource.PointScalars ? mesh.Texture[vertex] : 0f,
    };

    public static TriangleCorner Lerp(in TriangleCorner a, in TriangleCorner b, float t) => new()
    {
        View = Vector3.Lerp(a.View, b.View, t),
        Normal = Vector3.Lerp(a.Normal, b.Normal, t),
        Texture = a.Texture + (t * (b.Texture - a.Texture)),
    };
}
