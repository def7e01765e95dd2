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
    private int _checksSince;

    /// <summary>Starts watching the process's count of JIT-compiled methods.</summary>
    public static JitQuietWatch ForProcess() => new(System.Runtime.JitInfo.GetCompiledMethodCount());

    /// <summary>
    /// True when <paramref name="count"/> has not changed for <paramref name="period"/> and over at
    /// least <paramref name="checks"/> calls (iterations of the warm-up loop): on a loaded machine a
    /// few slow iterations can span the period while the background compiler has had no CPU yet.
    /// </summary>
    public bool IsQuiet(long count, TimeSpan period, int checks = 0)
    {
        if (count != _count)
        {
            _count = count;
            _since = Stopwatch.GetTimestamp();
            _checksSince = 0;
            return false;
        }

        _checksSince++;
        return Stopwatch.GetElapsedTime(_since) >= period && _checksSince >= checks;
    }

    /// <summary>True when the process has compiled nothing for <paramref name="period"/> and <paramref name="checks"/> calls.</summary>
    public bool IsProcessQuiet(TimeSpan period, int checks = 0) => IsQuiet(System.Runtime.JitInfo.GetCompiledMethodCount(), period, checks);
}
