namespace OrleansPV.Processing.Filters.Common;

/// <summary>A new point on the edge from point <paramref name="A"/> to <paramref name="B"/>, at A + T × (B − A).</summary>
internal readonly record struct EdgePoint(int A, int B, double T);
