using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Silo.Web;

/// <summary>
/// Showing a proxy as ParaView's GUI does after the first Apply: volumes as an outline, everything
/// else as a surface, coloured by its first one-component point (else cell) array; the filter's input
/// hidden as its `replace_input` hint says; the camera reset when the view showed nothing before.
/// </summary>
internal static class WebDisplay
{
    public static async Task ShowAsync(WebSessionContext context, Proxy proxy, DataInformation? dataInformation)
    {
        Session session = context.Session;
        if (session.FindRepresentation(proxy, context.View) is not null)
        {
            // Apply on a shown proxy leaves its display alone; the eye toggle (no data information) shows it again.
            if (dataInformation is null)
            {
                session.Show(proxy, context.View);
            }

            return;
        }

        bool viewWasEmpty = !VisibleRepresentations(context).Any();
        DataInformation info = dataInformation ?? await proxy.UpdatePipelineAsync(cancellationToken: context.Closing);
        Proxy representation = session.Show(proxy, context.View);
        if (IsVolume(info))
        {
            representation.SetProperty("Representation", "Outline");
        }

        // ParaView colours by the active scalars: a one-component array (a sphere's Normals are not).
        if (info.PointArrays.FirstOrDefault(a => a.NumberOfComponents == 1) is { } pointArray)
        {
            representation.ColorBy("POINTS", pointArray.Name);
        }
        else if (info.CellArrays.FirstOrDefault(a => a.NumberOfComponents == 1) is { } cellArray)
        {
            representation.ColorBy("CELLS", cellArray.Name);
        }

        representation.UpdateVTKObjects();
        HideReplacedInput(context, proxy);
        await FitColorsAsync(context, representation);
        if (viewWasEmpty)
        {
            await context.View.ResetCameraAsync(context.Closing);
        }
    }

    /// <summary>
    /// ParaView's "grow and update on Apply": the array's shared colour map spans the array's range in
    /// every visible representation coloured by it (a Slice's RTData and a Contour's single value alike).
    /// </summary>
    public static async Task FitColorsAsync(WebSessionContext context, Proxy representation)
    {
        string[] colour = representation.GetProperty("ColorArrayName").AsStrings();
        if (colour.Length != 5 || colour[4].Length == 0)
        {
            return;
        }

        string name = colour[4];
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (Proxy shown in VisibleRepresentations(context).ToArray())
        {
            string[] shownColour = shown.GetProperty("ColorArrayName").AsStrings();
            if (shownColour.Length != 5 || shownColour[4] != name || shown.GetProperty("Input").AsProxy() is not { } input)
            {
                continue;
            }

            // Shown outputs are computed already (the render service keeps them current): this answers at once.
            DataInformation info = await input.UpdatePipelineAsync(cancellationToken: context.Closing);
            if ((shownColour[3] == "1" ? info.GetCellArray(name) : info.GetPointArray(name)) is { } array)
            {
                (double low, double high) = array.Range(-1);
                min = Math.Min(min, low);
                max = Math.Max(max, high);
            }
        }

        // A single value (one isosurface alone) keeps the colour map's own fit, as a degenerate range would.
        if (max > min)
        {
            Proxy table = context.Session.GetColorTransferFunction(name);
            table.RescaleTransferFunction(min, max);
            table.UpdateVTKObjects();
        }
    }

    private static IEnumerable<Proxy> VisibleRepresentations(WebSessionContext context) =>
        context.View.GetProperty("Representations").Value.Proxies
            .Select(r => context.Session.GetProxy((ulong)r.GlobalId))
            .Where(r => r.GetProperty("Visibility").AsInt() != 0);

    /// <summary>A structured 3-D block (the Wavelet): ParaView shows it as an outline.</summary>
    private static bool IsVolume(DataInformation info) =>
        info.DataSetType is "vtkImageData" or "vtkUniformGrid" or "vtkStructuredPoints" or "vtkRectilinearGrid" or "vtkStructuredGrid"
        && info.Bounds.Count == 6 && info.Bounds[1] > info.Bounds[0] && info.Bounds[3] > info.Bounds[2] && info.Bounds[5] > info.Bounds[4];

    /// <summary>ParaView's Visibility hint: replace_input 1 hides the input, 2 hides it unless it is an outline, 0 keeps it.</summary>
    private static void HideReplacedInput(WebSessionContext context, Proxy proxy)
    {
        string mode = proxy.Definition.Hints?.Element("Visibility")?.Attribute("replace_input")?.Value ?? "1";
        if (mode == "0" || proxy.Definition.Properties.FirstOrDefault(p => p.Name == "Input") is null)
        {
            return;
        }

        foreach (Proxy input in proxy.GetProperty("Input").AsProxies())
        {
            if (context.Session.FindRepresentation(input, context.View) is { } shown
                && shown.GetProperty("Visibility").AsInt() != 0
                && (mode == "1" || shown.GetProperty("Representation").AsString() != "Outline"))
            {
                context.Session.Hide(input, context.View);
            }
        }
    }
}
