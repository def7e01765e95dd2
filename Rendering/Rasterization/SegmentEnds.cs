namespace OrleansPV.Rendering.Rasterization;

/// <summary>A segment's vertex ids, the 1/w of its drawn ends, and where those ends lie along it (0–1; not 0 and 1 only when clipped).</summary>
internal readonly record struct SegmentEnds(int A, int B, float InverseWA, float InverseWB, float StartA, float StartB);
