namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>What a calculator function takes and returns.</summary>
internal enum FunctionShape
{
    /// <summary>One argument, scalar or vector, applied to each component (sin, sqrt, abs…).</summary>
    Elementwise,

    /// <summary>Two scalars (min, max, atan2, hypot).</summary>
    TwoScalars,

    /// <summary>One vector to a scalar (mag).</summary>
    VectorToScalar,

    /// <summary>One vector to a vector (norm).</summary>
    VectorToVector,

    /// <summary>Two vectors to a scalar (dot).</summary>
    TwoVectorsToScalar,

    /// <summary>Two vectors to a vector (cross).</summary>
    TwoVectorsToVector,
}
