using System.Diagnostics;

namespace OrleansPV.Rendering.WarmUp;

/// <summary>
/// Tracks how long a JIT compilation counter has not changed: the settle test shared by the
/// warm-ups (the rendering one here, the service one of builtin://).
/// </summary>
public struct JitQuietWatch(long count)
{
    private long _count = count;
    private long _since = Stopwatch.GetTimestamp();

    /// <summary>Starts watching the process's count of JIT-compiled methods.</summary>
    public static JitQuietWatch ForProcess() => new(System.Runtime.JitInfo.GetCompiledMethodCount());

    /// <summary>True when <paramref name="count"/> has not changed for <paramref name="period"/>.</summary>
    public bool IsQuiet(long count, TimeSpan period)
    {
        if (count != _count)
        {
            _count = count;
            _since = Stopwatch.GetTimestamp();
            return false;
        }

        return Stopwatch.GetElapsedTime(_since) >= period;
    }

    /// <summary>True when the process has compiled nothing for <paramref name="period"/>.</summary>
    public bool IsProcessQuiet(TimeSpan period) => IsQuiet(System.Runtime.JitInfo.GetCompiledMethodCount(), period);
}
