using OrleansPV.Definitions;

namespace OrleansPV.Client;

/// <summary>
/// paraview.simple's view verbs on a session: Show and Hide create or toggle a source's representation
/// in a view, and lookup tables are shared per array. Everything is built from ordinary proxies and
/// registrations, so other clients see it as any change.
/// </summary>
internal sealed class SessionViews(Session session, ProxyRegistry registry)
{
    public static void RequireView(Proxy view)
    {
        if (view.Group != "views")
        {
            throw new SessionException($"{view.Label} is a '{view.Group}' proxy, not a view.");
        }
    }

    public Proxy Show(Proxy source, Proxy view, int outputPort)
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

        Proxy representation = session.CreateProxy("representations", "GeometryRepresentation");
        representation.SetInput("Input", source, outputPort);
        session.RegisterProxy("representations", registry.UniqueName("representations", $"{source.Label}Display"), representation);
        object[] representations = [.. view.GetProperty("Representations").Value.Proxies.Cast<object>(), representation];
        view.SetProperty("Representations", representations);
        view.UpdateVTKObjects();
        return representation;
    }

    public void Hide(Proxy source, Proxy view, int outputPort)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(view);
        RequireView(view);
        Proxy representation = FindRepresentation(source, view, outputPort)
            ?? throw new SessionException($"{source.Label} (output {outputPort}) is not shown in {view.Label}.");
        representation.SetProperty("Visibility", 0);
        representation.UpdateVTKObjects();
    }

    public Proxy? FindRepresentation(Proxy source, Proxy view, int outputPort)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(view);
        foreach (ProxyReference reference in view.GetProperty("Representations").Value.Proxies)
        {
            Proxy representation = registry.Get((ulong)reference.GlobalId);
            if (representation.GetProperty("Input").Value.Proxies is [var input, ..] && (ulong)input.GlobalId == source.GlobalId && input.OutputPort == outputPort)
            {
                return representation;
            }
        }

        return null;
    }

    public Proxy GetColorTransferFunction(string arrayName)
    {
        ArgumentException.ThrowIfNullOrEmpty(arrayName);
        string name = $"{arrayName}.PVLookupTable";
        if (registry.Find("lookup_tables", name) is { } existing)
        {
            return existing;
        }

        Proxy table = session.CreateProxy("lookup_tables", "PVLookupTable");
        session.RegisterProxy("lookup_tables", name, table);
        return table;
    }
}
