namespace OrleansPV.Grains.RenderService;

/// <summary>What a view waits for; a still supersedes an interactive frame.</summary>
internal enum RenderKind
{
    None,
    Interactive,
    Still,
}
