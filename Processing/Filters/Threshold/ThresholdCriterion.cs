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

    /// <summary>Whether the continuous range [min, max] of a cell meets the criterion.</summary>
    public bool PassesRange(double min, double max) => method switch
    {
        ThresholdMethod.Between => !(lower > max || upper < min),
        ThresholdMethod.BelowLower => min <= lower,
        _ => max >= upper,
    };
}
