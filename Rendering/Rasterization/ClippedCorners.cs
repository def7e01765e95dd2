using System.Runtime.CompilerServices;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>Up to four corners of a triangle clipped by the near plane, stored inline (no allocation).</summary>
[InlineArray(4)]
internal struct ClippedCorners
{
    private TriangleCorner _first;
}
