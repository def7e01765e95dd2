using System.Collections.Frozen;
using OrleansPV.Processing.ImplicitFunctions;

namespace OrleansPV.Grains.DataService.Binding;

/// <summary>How one implicit-function class (the XML's <c>class</c>, e.g. vtkPVPlane) becomes an <see cref="ImplicitFunction"/>.</summary>
internal sealed class ImplicitFunctionBinding(string className, IEnumerable<string> commands, Func<FunctionArguments, ImplicitFunction> build)
{
    public string ClassName { get; } = className;

    /// <summary>The VTK commands <see cref="Build"/> reads.</summary>
    public FrozenSet<string> Commands { get; } = commands.ToFrozenSet(StringComparer.Ordinal);

    public ImplicitFunction Build(FunctionArguments arguments) => build(arguments);
}
