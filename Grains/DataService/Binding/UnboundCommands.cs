using System.Collections.Frozen;

namespace OrleansPV.Grains.DataService.Binding;

/// <summary>
/// The commands of the shipped ParaView XML that no <c>[Command]</c> of our algorithms (or implicit
/// functions) implements, per VTK class (the XML's <c>class</c>), each with the reason. Any other
/// unmapped command is an error when binding, so nothing that changes output is dropped silently.
/// </summary>
public static class UnboundCommands
{
    /// <summary>
    /// Irrelevant to our implementation: every value gives the same output here, so the binder skips
    /// them silently.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Ignored { get; } = Table(
        ("vtkGeometryFilter", "SetPieceInvariant", "one piece, no ghost levels: the surface is the same either way"),
        ("vtkGeometryFilter", "SetRemoveGhostInterfaces", "the data model has no ghost cells"),
        ("vtkPVBox", "SetReferenceBounds", "read only with UseReferenceBounds, which is refused at any value but its default 0"));

    /// <summary>
    /// Honoured only at their XML default (which our algorithm reproduces); another value changes
    /// ParaView's output in a way not implemented here, so the binder refuses it with a
    /// PropertyValueException naming proxy and property.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> DefaultOnly { get; } = Table(
        ("vtkPVArrayCalculator", "SetFunctionParserTypeFromInt", "only ExprTk expressions (ParaView's default parser) are implemented"),
        ("vtkPVMetaClipDataSet", "SetExactBoxClip", "exact box clipping is not implemented"),
        ("vtkPVMetaSliceDataSet", "SetDual", "dual-grid slicing is not implemented"),
        ("vtkPVMetaSliceDataSet", "PreserveInputCells", "crinkle slicing is not implemented"),
        ("vtkGeometryFilter", "SetFastMode", "the approximate fast mode is not implemented"),
        ("vtkPVBox", "SetRotation", "rotated boxes are not implemented"),
        ("vtkPVBox", "SetUseReferenceBounds", "boxes relative to reference bounds are not implemented"));

    public static bool IsIgnored(string className, string command) => Find(Ignored, className, command) is not null;

    /// <summary>The reason a command is honoured only at its default, or null.</summary>
    public static string? DefaultOnlyReason(string className, string command) => Find(DefaultOnly, className, command);

    private static string? Find(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> table, string className, string command) =>
        table.TryGetValue(className, out IReadOnlyDictionary<string, string>? commands) && commands.TryGetValue(command, out string? reason) ? reason : null;

    private static FrozenDictionary<string, IReadOnlyDictionary<string, string>> Table(params (string Class, string Command, string Reason)[] entries) =>
        entries
            .GroupBy(static e => e.Class, StringComparer.Ordinal)
            .ToFrozenDictionary(
                static g => g.Key,
                static g => (IReadOnlyDictionary<string, string>)g.ToFrozenDictionary(static e => e.Command, static e => e.Reason, StringComparer.Ordinal),
                StringComparer.Ordinal);
}
