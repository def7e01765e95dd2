using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>
/// The names an expression may use, registered the way ParaView's vtkPVArrayCalculator does:
/// single-component arrays by name; each component of an n-component array as Name_X/Name_Y/Name_Z
/// (Name_XX… for 6 components, Name_3… beyond) and as Name_0, Name_1…; 3-component arrays also as
/// vectors; names that are not plain identifiers only in double quotes ("my array"); point
/// coordinates as coordsX/coordsY/coordsZ and the vector coords; iHat, jHat, kHat. Lookups try the
/// exact spelling first, then ignore case as ExprTk does.
/// </summary>
internal sealed class CalculatorVariables
{
    private static readonly string[] s_symmetricTensorNames = ["XX", "YY", "ZZ", "XY", "YZ", "XZ"];
    private readonly Dictionary<string, VariableBinding> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VariableBinding> _ignoringCase = new(StringComparer.OrdinalIgnoreCase);

    public CalculatorVariables(ArrayCollection arrays, bool includeArrays, bool includeCoordinates)
    {
        ArgumentNullException.ThrowIfNull(arrays);
        Add("iHat", new VariableBinding(null, [0, 1, 2], Constant: new Vector3d(1, 0, 0)));
        Add("jHat", new VariableBinding(null, [0, 1, 2], Constant: new Vector3d(0, 1, 0)));
        Add("kHat", new VariableBinding(null, [0, 1, 2], Constant: new Vector3d(0, 0, 1)));
        if (includeCoordinates)
        {
            Add("coordsX", new VariableBinding(null, [0], IsCoordinates: true));
            Add("coordsY", new VariableBinding(null, [1], IsCoordinates: true));
            Add("coordsZ", new VariableBinding(null, [2], IsCoordinates: true));
            Add("coords", new VariableBinding(null, [0, 1, 2], IsCoordinates: true));
        }

        if (includeArrays)
        {
            foreach (DataArray array in arrays)
            {
                AddArray(array);
            }
        }
    }

    /// <summary>All names, for error messages.</summary>
    public IEnumerable<string> Names => _exact.Keys;

    public bool TryResolve(string name, out VariableBinding binding) =>
        _exact.TryGetValue(name, out binding!) || _ignoringCase.TryGetValue(name, out binding!);

    /// <summary>ExprTk's sanitized names: letters, digits and underscores, starting with a letter.</summary>
    public static bool IsPlainName(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private void AddArray(DataArray array)
    {
        int components = array.NumberOfComponents;
        if (components == 1)
        {
            AddNamed(array.Name, new VariableBinding(array, [0]));
            return;
        }

        for (int c = 0; c < components; c++)
        {
            var binding = new VariableBinding(array, [c]);
            AddNamed($"{array.Name}_{DefaultComponentName(c, components)}", binding);
            AddNamed($"{array.Name}_{c}", binding);
        }

        if (components == 3)
        {
            AddNamed(array.Name, new VariableBinding(array, [0, 1, 2]));
        }
    }

    /// <summary>vtkPVPostFilter::DefaultComponentName.</summary>
    private static string DefaultComponentName(int component, int count) => count switch
    {
        <= 3 when component < 3 => ((char)('X' + component)).ToString(),
        6 => s_symmetricTensorNames[component],
        _ => component.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private void AddNamed(string name, VariableBinding binding)
    {
        if (IsPlainName(name))
        {
            Add(name, binding);
        }

        Add($"\"{name}\"", binding);
    }

    private void Add(string name, VariableBinding binding)
    {
        _exact.TryAdd(name, binding);
        _ignoringCase.TryAdd(name, binding);
    }
}
