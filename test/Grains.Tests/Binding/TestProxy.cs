using OrleansPV.Definitions;
using OrleansPV.Grains.DataService.Binding;

namespace OrleansPV.Grains.Tests.Binding;

/// <summary>A proxy as a client holds it: values set through PropertyDefinition.Parse, proxy-list entries as sub-proxies.</summary>
internal sealed class TestProxy(TestSession session, ulong globalId, ProxyDefinition definition)
{
    public ulong GlobalId { get; } = globalId;

    public ProxyDefinition Definition { get; } = definition;

    public Dictionary<string, PropertyValue> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ulong> SubProxies { get; } = new(StringComparer.Ordinal);

    /// <summary>Sets a property as the client SDK does: parse, resolve a proxy-list selection to its entry, validate.</summary>
    public TestProxy Set(string name, params object?[] args)
    {
        PropertyDefinition property = Definition.GetProperty(name);
        PropertyValue value = property.Parse(args);
        if (value.SelectedProxyName is { } selected)
        {
            value = PropertyValue.OfProxies(new ProxyReference((long)SubProxies[$"{property.Name}/{selected}"]));
        }

        property.Validate(value, Definition.Name);
        Values[property.Name] = value;
        return this;
    }

    /// <summary>Connects <paramref name="input"/>'s output 0 to the input property <paramref name="name"/>.</summary>
    public TestProxy SetInput(TestProxy input, string name = "Input") => Set(name, new ProxyReference((long)input.GlobalId, 0));

    /// <summary>The proxy-list entry (e.g. the Plane of Slice's CutFunction).</summary>
    public TestProxy Entry(string property, string entry) => session.Get(SubProxies[$"{property}/{entry}"]);

    public ProxySnapshot Snapshot() => new(GlobalId, Definition, new Dictionary<string, PropertyValue>(Values), new Dictionary<string, ulong>(SubProxies));
}
