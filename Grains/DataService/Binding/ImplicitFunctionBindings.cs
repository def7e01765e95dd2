using System.Collections.Frozen;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.ImplicitFunctions;

namespace OrleansPV.Grains.DataService.Binding;

/// <summary>The implicit functions Slice and Clip accept, by the VTK class of their proxy definition.</summary>
internal static class ImplicitFunctionBindings
{
    private static readonly FrozenDictionary<string, ImplicitFunctionBinding> s_byClass = new ImplicitFunctionBinding[]
    {
        // vtkPVPlane pushes its origin by Offset × Normal (vtkPlane::Push, the normal as given).
        new("vtkPVPlane", ["SetOrigin", "SetNormal", "SetOffset"], static a =>
        {
            Vector3d normal = a.Vector("SetNormal");
            Vector3d origin = a.Vector("SetOrigin");
            double offset = a.Number("SetOffset");
            return new PlaneFunction { Origin = offset == 0 ? origin : origin + (normal * offset), Normal = normal };
        }),

        // vtkPVBox without rotation or reference bounds (both refused unless default, see UnboundCommands).
        new("vtkPVBox", ["SetPosition", "SetScale"], static a => new BoxFunction { Position = a.Vector("SetPosition"), Length = a.Vector("SetScale") }),
        new("vtkSphere", ["SetCenter", "SetRadius"], static a => new SphereFunction { Center = a.Vector("SetCenter"), Radius = a.Number("SetRadius") }),
        new("vtkPVCylinder", ["SetCenter", "SetOrientedAxis", "SetRadius"], static a =>
            new CylinderFunction { Center = a.Vector("SetCenter"), Axis = a.Vector("SetOrientedAxis"), Radius = a.Number("SetRadius") }),
    }.ToFrozenDictionary(static b => b.ClassName, StringComparer.Ordinal);

    public static IEnumerable<ImplicitFunctionBinding> All => s_byClass.Values;

    public static bool TryGet(string className, out ImplicitFunctionBinding binding) => s_byClass.TryGetValue(className, out binding!);
}
