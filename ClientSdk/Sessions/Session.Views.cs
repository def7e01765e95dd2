using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

public sealed partial class Session
{
    /// <summary>
    /// Shows <paramref name="source"/>'s output in <paramref name="view"/> as ParaView's Show does: creates
    /// a GeometryRepresentation with the source as input, registers it in the "representations" group,
    /// and adds it to the view's Representations (kind 2). Shown already: makes that representation
    /// visible and returns it.
    /// </summary>
    public Proxy Show(Proxy source, Proxy view, int outputPort = 0)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(view);
        RequireView(view);
        if (FindRepresentation(source, view, outputPort) is { } shown)
        {
            shown.SetProperty("Visibility", 1);
            shown.UpdateVTKObjects();
            return shown;
        }

        Proxy representation = CreateProxy("representations", "GeometryRepresentation");
        representation.SetInput("Input", source, outputPort);
        RegisterProxy("representations", UniqueName("representations", $"{source.Label}Display"), representation);
        object[] representations = [.. view.GetProperty("Representations").Value.Proxies.Cast<object>(), representation];
        view.SetProperty("Representations", representations);
        view.UpdateVTKObjects();
        return representation;
    }

    /// <summary>Hides <paramref name="source"/>'s output in <paramref name="view"/> (its representation's Visibility = 0), as ParaView's Hide.</summary>
    public void Hide(Proxy source, Proxy view, int outputPort = 0)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(view);
        RequireView(view);
        Proxy representation = FindRepresentation(source, view, outputPort)
            ?? throw new SessionException($"{source.Label} (output {outputPort}) is not shown in {view.Label}.");
        representation.SetProperty("Visibility", 0);
        representation.UpdateVTKObjects();
    }

    /// <summary>The representation of (source, port) in the view, or null.</summary>
    public Proxy? FindRepresentation(Proxy source, Proxy view, int outputPort = 0)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(view);
        foreach (ProxyReference reference in view.GetProperty("Representations").Value.Proxies)
        {
            Proxy representation = GetProxy((ulong)reference.GlobalId);
            if (representation.GetProperty("Input").Value.Proxies is [var input, ..] && (ulong)input.GlobalId == source.GlobalId && input.OutputPort == outputPort)
            {
                return representation;
            }
        }

        return null;
    }

    /// <summary>
    /// ParaView's GetColorTransferFunction: the session's lookup table for <paramref name="arrayName"/>,
    /// registered as lookup_tables/"{arrayName}.PVLookupTable" (created on first use, shared by every
    /// representation coloured by that array, and by every client).
    /// </summary>
    public Proxy GetColorTransferFunction(string arrayName)
    {
        ArgumentException.ThrowIfNullOrEmpty(arrayName);
        string name = $"{arrayName}.PVLookupTable";
        if (FindProxy("lookup_tables", name) is { } existing)
        {
            return existing;
        }

        Proxy table = CreateProxy("lookup_tables", "PVLookupTable");
        RegisterProxy("lookup_tables", name, table);
        return table;
    }

    internal IRenderServiceGrain RenderService => Connection.GrainFactory.GetGrain<IRenderServiceGrain>(Id);

    internal static void RequireView(Proxy view)
    {
        if (view.Group != "views")
        {
            throw new SessionException($"{view.Label} is a '{view.Group}' proxy, not a view.");
        }
    }

    private string UniqueName(string group, string stem)
    {
        for (int n = 1; ; n++)
        {
            string name = n == 1 ? stem : $"{stem}{n}";
            if (FindProxy(group, name) is null)
            {
                return name;
            }
        }
    }
}
