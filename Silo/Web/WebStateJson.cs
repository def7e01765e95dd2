using System.Text.Json.Nodes;
using OrleansPV.Client;
using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Silo.Web;

/// <summary>What the page is told of the session: its pipeline proxies, data information, frames and collaborators.</summary>
internal static class WebStateJson
{
    /// <summary>ParaView's pipeline browser lists the proxies registered in "sources".</summary>
    public const string PipelineGroup = "sources";

    public static JsonObject Pipeline(Session session, Proxy view)
    {
        var proxies = new JsonArray();
        foreach (RegisteredProxy registered in session.RegisteredProxies.Where(r => r.Group == PipelineGroup).ToArray())
        {
            Proxy proxy = registered.Proxy;
            JsonObject item = State(proxy);
            item["name"] = registered.Name;
            item["label"] = proxy.Definition.Label;
            item["inputs"] = Ids(proxy.Definition.Properties.Where(p => p.Kind == PropertyKind.Input)
                .SelectMany(p => proxy.GetProperty(p.Name).Value.Proxies));
            item["display"] = session.FindRepresentation(proxy, view) is { } representation ? State(representation) : null;
            proxies.Add(item);
        }

        return new JsonObject { ["type"] = "pipeline", ["sequence"] = session.AppliedSequence, ["proxies"] = proxies };
    }

    /// <summary>A proxy's values by property name, and the selected entry of each proxy-list property with its own values.</summary>
    private static JsonObject State(Proxy proxy)
    {
        var values = new JsonObject();
        var children = new JsonObject();
        foreach (PropertyDefinition property in proxy.Definition.Properties.Where(p => !p.InformationOnly && p.Kind != PropertyKind.Input))
        {
            PropertyValue value = proxy.GetProperty(property.Name).Value;
            values[property.Name] = Value(value);
            if (property.FindDomain<ProxyListDomain>() is not null && proxy.GetProperty(property.Name).AsProxy() is { } selected)
            {
                children[property.Name] = State(selected);
            }
        }

        return new JsonObject
        {
            ["id"] = proxy.GlobalId,
            ["group"] = proxy.Group,
            ["xmlName"] = proxy.XmlName,
            ["values"] = values,
            ["children"] = children,
        };
    }

    private static JsonNode Value(PropertyValue value) => value.Kind switch
    {
        PropertyKind.Int => new JsonArray([.. value.Ints.Select(v => (JsonNode)v)]),
        PropertyKind.Double => new JsonArray([.. value.Doubles.Select(Number)]),
        PropertyKind.IdType => new JsonArray([.. value.Ids.Select(v => (JsonNode)v)]),
        PropertyKind.String => new JsonArray([.. value.Strings.Select(v => (JsonNode)JsonValue.Create(v))]),
        _ => value.SelectedProxyName is { } selected ? new JsonObject { ["selected"] = selected } : Ids(value.Proxies),
    };

    private static JsonArray Ids(IEnumerable<ProxyReference> references) => new([.. references.Select(r => (JsonNode)(ulong)r.GlobalId)]);

    // JSON has no NaN or infinity: those travel as strings the page shows as they are.
    private static JsonNode Number(double value) => double.IsFinite(value) ? value : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static JsonObject DataInformation(ulong globalId, DataInformation info) => new()
    {
        ["type"] = "datainfo",
        ["id"] = globalId,
        ["dataSetType"] = info.DataSetType,
        ["points"] = info.NumberOfPoints,
        ["cells"] = info.NumberOfCells,
        ["memory"] = info.MemorySize,
        ["bounds"] = new JsonArray([.. info.Bounds.Select(Number)]),
        ["version"] = info.PipelineVersion,
        ["pointArrays"] = Arrays(info.PointArrays),
        ["cellArrays"] = Arrays(info.CellArrays),
    };

    private static JsonArray Arrays(IReadOnlyList<ArrayInformation> arrays) => new([.. arrays.Select(a => (JsonNode)new JsonObject
    {
        ["name"] = a.Name,
        ["components"] = a.NumberOfComponents,
        ["dataType"] = a.DataType,
        ["min"] = Number(a.Range(-1).Min),
        ["max"] = Number(a.Range(-1).Max),
    })]);

    public static JsonObject FrameHeader(Frame frame, string kind) => new()
    {
        ["kind"] = kind,
        ["number"] = frame.Number,
        ["still"] = frame.IsStill,
        ["format"] = frame.Format == FrameFormat.Png ? "image/png" : "image/jpeg",
        ["width"] = frame.Width,
        ["height"] = frame.Height,
        ["version"] = frame.PipelineVersion,
        ["renderMs"] = frame.RenderMilliseconds,
        ["camera"] = new JsonObject
        {
            ["position"] = new JsonArray([.. frame.Camera.Position.Select(Number)]),
            ["focalPoint"] = new JsonArray([.. frame.Camera.FocalPoint.Select(Number)]),
            ["viewUp"] = new JsonArray([.. frame.Camera.ViewUp.Select(Number)]),
            ["viewAngle"] = frame.Camera.ViewAngle,
            ["parallel"] = frame.Camera.ParallelProjection,
            ["parallelScale"] = frame.Camera.ParallelScale,
        },
    };

    public static JsonObject Clients(Session session) => new()
    {
        ["type"] = "clients",
        ["you"] = session.ClientId,
        ["clients"] = new JsonArray([.. session.Clients.Select(c => (JsonNode)new JsonObject
        {
            ["id"] = c.ClientId,
            ["user"] = c.UserName,
            ["master"] = c.IsMaster,
        })]),
    };

    public static JsonObject Error(string message, ulong? globalId = null, string? property = null) => new()
    {
        ["type"] = "error",
        ["id"] = globalId,
        ["property"] = property,
        ["message"] = message,
    };
}
