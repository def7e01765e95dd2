namespace OrleansPV.Processing.Filters.Threshold;

/// <summary>The per-value and per-range tests of vtkThreshold for one set of parameters.</summary>
internal readonly struct ThresholdCriterion(ThresholdMethod method, double lower, double upper)
{
    public bool Passes(double s) => method switch
    {
        ThresholdMethod.Between => s >= lower && s <= upper,
        ThresholdMethod.BelowLower => s <= lower,
        _ => s >= upper,
    };

    /// <summary>
    /// Whether the continuous range [min, max] of a cell meets [lower, upper]. As in ParaView 5.11 this
    /// test is the same whatever the method.
    /// </summary>
    public bool PassesRange(double min, double max) => !(lower > max || upper < min);
}
