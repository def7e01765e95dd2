namespace OrleansPV.Processing.Execution;

/// <summary>
/// Algorithms by the VTK class name that ParaView's XML definitions name in <c>class="…"</c>,
/// so a definition maps onto an implementation without glue. Plugins may add more.
/// </summary>
public sealed class AlgorithmRegistry
{
    private readonly Dictionary<string, Func<Algorithm>> _factories = new(StringComparer.Ordinal);

    /// <summary>A registry holding every algorithm this library implements.</summary>
    public static AlgorithmRegistry CreateDefault()
    {
        var registry = new AlgorithmRegistry();
        BuiltInAlgorithms.RegisterAll(registry);
        return registry;
    }

    /// <summary>Where readers created from now on get their files (default: any local path this process can read).</summary>
    public Sources.Readers.IDataFileStore DataFiles { get; set; } = Sources.Readers.LocalDataFiles.Unrestricted;

    public IEnumerable<string> ClassNames => _factories.Keys;

    public void Register(string vtkClassName, Func<Algorithm> factory)
    {
        ArgumentException.ThrowIfNullOrEmpty(vtkClassName);
        ArgumentNullException.ThrowIfNull(factory);
        _factories[vtkClassName] = factory;
    }

    public bool Contains(string vtkClassName) => _factories.ContainsKey(vtkClassName);

    public Algorithm Create(string vtkClassName)
    {
        if (!_factories.TryGetValue(vtkClassName, out Func<Algorithm>? factory))
        {
            throw new KeyNotFoundException($"No algorithm implements VTK class '{vtkClassName}'. Known: {string.Join(", ", _factories.Keys.Order(StringComparer.Ordinal))}.");
        }

        return factory();
    }
}
