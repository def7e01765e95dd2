namespace OrleansPV.Grains.RenderService;

/// <summary>What a view waits for.</summary>
internal enum RenderKind
{
    None,
    Interactive,
    Still,
}
