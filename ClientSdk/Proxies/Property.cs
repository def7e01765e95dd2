using OrleansPV.GrainInterfaces;
using OrleansPV.Definitions;

namespace OrleansPV.Client;

/// <summary>A property's current value as the client sees it (kind 1: local, no round trip).</summary>
public sealed class Property
{
    private readonly Session _session;

    internal Property(Session session, Proxy owner, PropertyDefinition definition, PropertyValue value)
    {
        _session = session;
        Owner = owner;
        Definition = definition;
        Value = value;
    }

    public Proxy Owner { get; }

    public PropertyDefinition Definition { get; }

    /// <summary>The XML name of the property.</summary>
    public string Name => Definition.Name;

    public PropertyValue Value { get; }

    public int[] AsInts() => Require(PropertyKind.Int).Ints.ToArray();

    public double[] AsDoubles() => Value.Kind switch
    {
        PropertyKind.Double => Value.Doubles.ToArray(),
        PropertyKind.Int => Value.Ints.Select(i => (double)i).ToArray(),
        PropertyKind.IdType => Value.Ids.Select(i => (double)i).ToArray(),
        _ => throw Mismatch("numbers"),
    };

    public long[] AsIds() => Require(PropertyKind.IdType).Ids.ToArray();

    public string[] AsStrings() => Require(PropertyKind.String).Strings.ToArray();

    public int AsInt() => Single(AsInts());

    public double AsDouble() => Single(AsDoubles());

    public string AsString() => Single(AsStrings());

    /// <summary>The proxy a ProxyProperty or InputProperty points to (the selected one for a proxy list), or null.</summary>
    public Proxy? AsProxy()
    {
        IReadOnlyList<Proxy> proxies = AsProxies();
        return proxies.Count == 0 ? null : proxies[0];
    }

    public IReadOnlyList<Proxy> AsProxies()
    {
        if (Value.Kind is not (PropertyKind.Proxy or PropertyKind.Input))
        {
            throw Mismatch("proxies");
        }

        return Value.Proxies.Select(r => _session.GetProxy((ulong)r.GlobalId)).ToArray();
    }

    /// <summary>
    /// What an array selection (ArrayListDomain / ArraySelectionDomain) can choose from: the arrays of
    /// the input's data as (association, name), e.g. ("POINTS", "RTData") — paraview.simple's
    /// <c>contour.ContourBy.Available</c>. Updates the input pipeline if needed (kind 3).
    /// </summary>
    public async Task<IReadOnlyList<(string Association, string Name)>> GetAvailableArraysAsync(CancellationToken cancellationToken = default)
    {
        if (!Definition.Domains.Any(d => d is ArrayListDomain or ArraySelectionDomain))
        {
            throw new PropertyValueException($"{Owner.Label}.{Name} has no array list domain: it does not choose arrays.");
        }

        await _session.Pushes.PushPipelinesAsync([Owner], cancellationToken);
        DataInformation? input = await _session.Recovery.RunAsync("input information", token => _session.Transport.DataService.GetInputInformationAsync(Owner.GlobalId, 0, token), cancellationToken);
        if (input is null)
        {
            return [];
        }

        return [.. input.PointArrays.Select(a => ("POINTS", a.Name)), .. input.CellArrays.Select(a => ("CELLS", a.Name))];
    }

    public override string ToString() => $"{Owner.Label}.{Name} = {Value}";

    private PropertyValue Require(PropertyKind kind) => Value.Kind == kind ? Value : throw Mismatch(kind.ToString());

    private T Single<T>(T[] values) => values.Length == 1
        ? values[0]
        : throw new PropertyValueException($"{Owner.Label}.{Name} has {values.Length} elements, not one.");

    private PropertyValueException Mismatch(string wanted)
        => new($"{Owner.Label}.{Name} is a {Value.Kind} property; it cannot be read as {wanted}.");
}
