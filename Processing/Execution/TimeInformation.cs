namespace OrleansPV.Processing.Execution;

/// <summary>
/// What a time-varying algorithm can produce (VTK's TIME_STEPS and TIME_RANGE): discrete steps, or
/// none when any time in the range is answered exactly.
/// </summary>
public sealed record TimeInformation(IReadOnlyList<double> Steps, double Start, double End);
