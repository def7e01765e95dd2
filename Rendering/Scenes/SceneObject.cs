using OrleansPV.Processing.DataModel;

namespace OrleansPV.Rendering.Scenes;

/// <summary>One geometry and how to draw it. The renderer only reads the geometry.</summary>
public sealed record SceneObject(PolyData Geometry, DisplayProperties Properties);
