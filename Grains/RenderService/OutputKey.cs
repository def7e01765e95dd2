namespace OrleansPV.Grains.RenderService;

/// <summary>A pipeline output a representation draws: (proxy, port) at the time its view shows (ViewTime).</summary>
internal readonly record struct OutputKey(ulong GlobalId, int Port, double? Time);
