namespace OrleansPV.Rendering.Rasterization;

/// <summary>Where a primitive's base colour comes from.</summary>
internal enum ColorSource
{
    /// <summary>The property's diffuse colour.</summary>
    Solid,

    /// <summary>A per-vertex colour texture coordinate, interpolated and mapped per pixel (InterpolateScalarsBeforeMapping).</summary>
    PointScalars,

    /// <summary>One lookup-table colour per cell.</summary>
    CellScalars,
}
