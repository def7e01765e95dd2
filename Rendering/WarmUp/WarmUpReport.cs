namespace OrleansPV.Rendering.WarmUp;

/// <summary>What a warm-up did: frames rendered, time taken, and methods the JIT compiled meanwhile.</summary>
public sealed record WarmUpReport(int Frames, TimeSpan Duration, long MethodsCompiled);
