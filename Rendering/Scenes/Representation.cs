namespace OrleansPV.Rendering.Scenes;

/// <summary>ParaView's geometry representations.</summary>
public enum Representation
{
    Surface,
    SurfaceWithEdges,
    Wireframe,
    Points,
    Outline,
}
