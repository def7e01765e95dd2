using System.Runtime.InteropServices;

namespace OrleansPV.Processing.Execution;

/// <summary>
/// Lowers the calling thread's scheduling weight on Linux (its nice value). .NET's Thread.Priority is
/// not applied to Linux threads, so a host that wants one set of threads to yield to another (a frame
/// outranks a filter) asks the kernel itself. Raising one's own nice value needs no privilege.
/// </summary>
internal static partial class ThreadNiceness
{
    private const int PriorityOfProcess = 0; // PRIO_PROCESS: with a thread id, that thread alone

    /// <summary>Sets the calling thread's nice value; false where the platform has none or refuses.</summary>
    public static bool TrySet(int nice)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return SetPriority(PriorityOfProcess, GetThreadId(), nice) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library without gettid (glibc before 2.30)
        }
    }

    [LibraryImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static partial int SetPriority(int which, int who, int priority);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetThreadId();
}
