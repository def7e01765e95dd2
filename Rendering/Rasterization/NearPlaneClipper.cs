using System.Numerics;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>
/// Clips a perspective triangle that reaches closer to the eye than the near plane (or behind it)
/// to the part at or beyond it, in camera space (Sutherland–Hodgman against −z ≥ near), and
/// projects the new corners.
/// </summary>
internal static class NearPlaneClipper
{
    /// <summary>True when a corner's 1/w says it lies closer than the near plane or behind the eye.</summary>
    public static bool NeedsClipping(PreparedMesh mesh, float inverseW)
        => mesh.Perspective && Crosses(mesh, inverseW);

    public static bool NeedsClipping(PreparedMesh mesh, float inverseW0, float inverseW1)
        => mesh.Perspective && (Crosses(mesh, inverseW0) || Crosses(mesh, inverseW1));

    public static bool NeedsClipping(PreparedMesh mesh, float inverseW0, float inverseW1, float inverseW2)
        => mesh.Perspective && (Crosses(mesh, inverseW0) || Crosses(mesh, inverseW1) || Crosses(mesh, inverseW2));

    /// <returns>The number of corners written (0, 3 or 4), in the triangle's order.</returns>
    public static int Clip(PreparedMesh mesh, int i0, int i1, int i2, ref ClippedCorners output)
    {
        ref readonly ViewProjection projection = ref mesh.ProjectionReference;
        float near = (float)projection.Near;
        Span<TriangleCorner> input = [TriangleCorner.Load(mesh, i0), TriangleCorner.Load(mesh, i1), TriangleCorner.Load(mesh, i2)];
        int count = 0;
        for (int k = 0; k < 3; k++)
        {
            ref TriangleCorner a = ref input[k];
            ref TriangleCorner b = ref input[(k + 1) % 3];
            bool aInside = -a.View.Z >= near, bInside = -b.View.Z >= near;
            if (aInside)
            {
                output[count++] = a;
            }

            if (aInside != bInside)
            {
                float t = (-near - a.View.Z) / (b.View.Z - a.View.Z);
                output[count++] = TriangleCorner.Lerp(a, b, t);
            }
        }

        for (int k = 0; k < count; k++)
        {
            output[k].Window = projection.ToWindow(output[k].View);
        }

        return count;
    }

    /// <summary>
    /// The part of segment a–b at or beyond the near plane: its window ends and their parameters
    /// along the original segment. False when all of it is nearer than the plane.
    /// </summary>
    public static bool ClipSegment(PreparedMesh mesh, int a, int b, out Vector4 windowA, out Vector4 windowB, out float startA, out float startB)
    {
        ref readonly ViewProjection projection = ref mesh.ProjectionReference;
        float near = (float)projection.Near;
        Vector3 va = mesh.View[a], vb = mesh.View[b];
        bool aInside = -va.Z >= near, bInside = -vb.Z >= near;
        startA = 0f;
        startB = 1f;
        windowA = windowB = default;
        if (!aInside && !bInside)
        {
            return false;
        }

        float crossing = aInside == bInside ? 0f : (-near - va.Z) / (vb.Z - va.Z);
        if (!aInside)
        {
            startA = crossing;
        }

        if (!bInside)
        {
            startB = crossing;
        }

        windowA = projection.ToWindow(Vector3.Lerp(va, vb, startA));
        windowB = projection.ToWindow(Vector3.Lerp(va, vb, startB));
        return true;
    }

    private static bool Crosses(PreparedMesh mesh, float inverseW) => inverseW <= 0 || inverseW > mesh.InverseNear;
}
