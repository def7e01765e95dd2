using OrleansPV.Processing.DataModel;

namespace OrleansPV.Grains.Pipeline;

/// <summary>
/// The data service's announcement to its render service: an output is computed for the pipeline
/// version named (or failed, with <see cref="Error"/>). Within a silo the record travels as it is
/// (it is immutable, so Orleans passes the reference): <see cref="Data"/> is the output itself, no
/// copy. <see cref="Data"/> has no [Id], so across silos (the services split after a silo loss) it
/// arrives null and the render service fetches a serialized copy in chunks.
/// </summary>
/// <param name="Key">The output.</param>
/// <param name="Production">Which computation of the data service made it (a new number for each): the render service holds one per output.</param>
/// <param name="Version">The pipeline version (session sequence) whose states it reflects.</param>
/// <param name="Error">Why it could not be computed; null when it was.</param>
[GenerateSerializer, Immutable, Alias("opv.OutputReady")]
public sealed record OutputReady(
    [property: Id(0)] OutputKey Key,
    [property: Id(1)] long Production,
    [property: Id(2)] ulong Version,
    [property: Id(3)] string? Error)
{
    [NonSerialized]
    private readonly DataSet? _data;

    /// <summary>The output, when announced within the silo; null across silos and on errors.</summary>
    public DataSet? Data
    {
        get => _data;
        init => _data = value;
    }
}
