using OrleansPV.Rendering.ColorMaps;

namespace OrleansPV.Rendering.Scenes;

/// <summary>
/// Colouring by an array through a lookup table (ParaView's ColorArrayName + LookupTable).
/// <paramref name="Component"/> is the component index, or -1 for the magnitude (ParaView's default for vectors).
/// </summary>
public sealed record ScalarColoring(string ArrayName, AttributeLocation Location, int Component, LookupTable LookupTable);
