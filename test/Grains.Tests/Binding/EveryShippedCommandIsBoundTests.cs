using OrleansPV.Definitions;
using OrleansPV.Grains.DataService.Binding;
using OrleansPV.Processing.Execution;

namespace OrleansPV.Grains.Tests.Binding;

/// <summary>
/// Every property of every shipped source, filter and implicit function reaches our implementation:
/// it is an input, information-only, a [Command] of the algorithm (or read by the implicit-function
/// binding), or listed with its reason in <see cref="UnboundCommands"/>.
/// </summary>
public class EveryShippedCommandIsBoundTests
{
    private static readonly string[] s_groups = ["sources", "filters", "implicit_functions"];

    [Fact]
    public void Every_shipped_definition_has_an_implementation()
    {
        var binder = new AlgorithmBinder(AlgorithmRegistry.CreateDefault());
        var missing = new List<string>();
        foreach (ProxyDefinition definition in Shipped())
        {
            if (definition.Group == "implicit_functions")
            {
                if (!ImplicitFunctionBindings.TryGet(definition.ClassName, out _))
                {
                    missing.Add($"{definition} ({definition.ClassName})");
                }

                continue;
            }

            Algorithm algorithm = binder.Create(new ProxySnapshot(1, definition, new Dictionary<string, PropertyValue>(), new Dictionary<string, ulong>()));
            Assert.NotNull(algorithm);
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_shipped_property_is_an_input_information_bound_or_listed_as_unbound()
    {
        var registry = AlgorithmRegistry.CreateDefault();
        var unbound = new List<string>();
        int bound = 0;
        foreach (ProxyDefinition definition in Shipped())
        {
            IReadOnlySet<string> commands = CommandsOf(registry, definition);
            foreach (PropertyDefinition property in definition.Properties)
            {
                if (property.Kind == PropertyKind.Input || property.InformationOnly)
                {
                    continue;
                }

                if (commands.Contains(property.Command))
                {
                    bound++;
                }
                else if (!UnboundCommands.IsIgnored(definition.ClassName, property.Command)
                    && UnboundCommands.DefaultOnlyReason(definition.ClassName, property.Command) is null)
                {
                    unbound.Add($"{definition}.{property.Name} ({definition.ClassName}.{property.Command})");
                }
            }
        }

        Assert.Empty(unbound);
        Assert.True(bound > 60, $"only {bound} properties bound");
    }

    [Fact]
    public void Every_unbound_entry_names_a_shipped_command_that_really_is_unbound()
    {
        var registry = AlgorithmRegistry.CreateDefault();
        List<ProxyDefinition> shipped = Shipped().ToList();
        foreach (IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> table in new[] { UnboundCommands.Ignored, UnboundCommands.DefaultOnly })
        {
            foreach ((string className, IReadOnlyDictionary<string, string> commands) in table)
            {
                ProxyDefinition definition = Assert.Single(shipped, d => d.ClassName == className);
                IReadOnlySet<string> bound = CommandsOf(registry, definition);
                foreach ((string command, string reason) in commands)
                {
                    Assert.Contains(definition.Properties, p => p.Command == command);
                    Assert.DoesNotContain(command, bound);
                    Assert.False(string.IsNullOrWhiteSpace(reason));
                }
            }
        }
    }

    private static IEnumerable<ProxyDefinition> Shipped() =>
        TestSession.Definitions.All.Where(d => s_groups.Contains(d.Group) && d.Kind != "NullProxy" && d.ClassName.Length > 0);

    private static IReadOnlySet<string> CommandsOf(AlgorithmRegistry registry, ProxyDefinition definition)
    {
        if (definition.Group == "implicit_functions")
        {
            return ImplicitFunctionBindings.TryGet(definition.ClassName, out ImplicitFunctionBinding? binding) ? binding.Commands : new HashSet<string>();
        }

        // As the data service creates it: a meta-reader (vtkFileSeriesReader) by the reader its sub-proxy names.
        Algorithm algorithm = new AlgorithmBinder(registry).Create(new ProxySnapshot(1, definition, new Dictionary<string, PropertyValue>(), new Dictionary<string, ulong>()));
        return BoundType.For(algorithm.GetType()).Commands.ToHashSet(StringComparer.Ordinal);
    }
}
