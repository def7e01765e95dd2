namespace OrleansPV.Rendering.Scenes;

/// <summary>Where a colouring array lives.</summary>
public enum AttributeLocation
{
    Points,
    Cells,
}
