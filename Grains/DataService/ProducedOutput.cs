using OrleansPV.Grains.Pipeline;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Grains.DataService;

/// <summary>
/// An output the data service computed and that is still current: no proxy of <see cref="Pipeline"/>
/// changed since. The data set is immutable (every execution makes new ones), so it may be read,
/// described, serialized or drawn on any thread while the next execution runs.
/// </summary>
/// <param name="Key">The output and the time it was computed for.</param>
/// <param name="Data">The output.</param>
/// <param name="Production">Which computation made it (one number per data set).</param>
/// <param name="Version">The pipeline version (session sequence) whose states it reflects.</param>
/// <param name="Pipeline">The proxies it was computed from, referenced ones included.</param>
/// <param name="VariesInTime">Whether something upstream varies in time (else it serves every time).</param>
internal sealed record ProducedOutput(OutputKey Key, DataSet Data, long Production, ulong Version, IReadOnlySet<ulong> Pipeline, bool VariesInTime)
{
    /// <summary>Whether it serves a request for <paramref name="key"/>.</summary>
    public bool Serves(OutputKey key) => Key.SameOutput(key) && (!VariesInTime || Key.Time == key.Time);
}
