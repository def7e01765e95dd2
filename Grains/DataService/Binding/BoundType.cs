using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using OrleansPV.Processing.Execution;

namespace OrleansPV.Grains.DataService.Binding;

/// <summary>
/// The <c>[Command]</c> map of one algorithm type, built by reflection once per type and cached:
/// VTK command name → the properties it sets (several for an array selection: association and name).
/// </summary>
internal sealed class BoundType
{
    private static readonly ConcurrentDictionary<Type, BoundType> s_cache = new();

    private readonly FrozenDictionary<string, ParameterBinding[]> _byCommand;

    private BoundType(Type type)
    {
        Type = type;
        var nullability = new NullabilityInfoContext();
        var byCommand = new Dictionary<string, List<ParameterBinding>>(StringComparer.Ordinal);
        var all = new List<ParameterBinding>();
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            IEnumerable<CommandAttribute> commands = property.GetCustomAttributes<CommandAttribute>();
            if (!property.CanWrite || property.SetMethod?.IsPublic != true)
            {
                continue;
            }

            bool nullable = !property.PropertyType.IsValueType && nullability.Create(property).WriteState == NullabilityState.Nullable;
            foreach (CommandAttribute command in commands)
            {
                var binding = new ParameterBinding(property, command.Name, nullable);
                all.Add(binding);
                if (!byCommand.TryGetValue(command.Name, out List<ParameterBinding>? list))
                {
                    byCommand[command.Name] = list = [];
                }

                list.Add(binding);
            }
        }

        _byCommand = byCommand.ToFrozenDictionary(static p => p.Key, static p => p.Value.ToArray(), StringComparer.Ordinal);
        All = all;
    }

    public Type Type { get; }

    /// <summary>Every bound property, in declaration order.</summary>
    public IReadOnlyList<ParameterBinding> All { get; }

    /// <summary>The VTK commands this type implements.</summary>
    public IEnumerable<string> Commands => _byCommand.Keys;

    public static BoundType For(Type algorithmType) => s_cache.GetOrAdd(algorithmType, static t => new BoundType(t));

    public bool TryGet(string command, out ParameterBinding[] bindings) => _byCommand.TryGetValue(command, out bindings!);
}
