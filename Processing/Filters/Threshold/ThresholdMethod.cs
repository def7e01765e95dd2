namespace OrleansPV.Processing.Filters.Threshold;

/// <summary>vtkThreshold's criteria (THRESHOLD_BETWEEN, THRESHOLD_LOWER, THRESHOLD_UPPER).</summary>
public enum ThresholdMethod
{
    /// <summary>Lower ≤ s ≤ Upper.</summary>
    Between = 0,

    /// <summary>s ≤ Lower.</summary>
    BelowLower = 1,

    /// <summary>s ≥ Upper.</summary>
    AboveUpper = 2,
}
