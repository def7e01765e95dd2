using System.Runtime.InteropServices;

namespace OrleansPV.TestUtilities.Servers;

/// <summary>POSIX signals to one process the test started, by its id (SIGTERM asks for a graceful stop, as Kubernetes does).</summary>
public static partial class ProcessSignals
{
    private const int SigTerm = 15;

    private const int SigKill = 9;

    private const int SigStop = 19;

    private const int SigContinue = 18;

    public static void Terminate(int processId) => Send(processId, SigTerm);

    public static void Kill(int processId) => Send(processId, SigKill);

    /// <summary>SIGSTOP: the process stops answering, its sockets stay open (a hung server).</summary>
    public static void Freeze(int processId) => Send(processId, SigStop);

    /// <summary>SIGCONT: a frozen process carries on.</summary>
    public static void Thaw(int processId) => Send(processId, SigContinue);

    private static void Send(int processId, int signal)
    {
        if (Kill(processId, signal) != 0)
        {
            throw new InvalidOperationException($"Signal {signal} to process {processId} failed (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int sig);
}
