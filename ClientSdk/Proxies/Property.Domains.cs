using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

public sealed partial class Property
{
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

        await _session.PushPipelineAsync(Owner, cancellationToken);
        DataInformation? input = await _session.DataService.GetInputInformationAsync(Owner.GlobalId, 0, cancellationToken);
        if (input is null)
        {
            return [];
        }

        return [.. input.PointArrays.Select(a => ("POINTS", a.Name)), .. input.CellArrays.Select(a => ("CELLS", a.Name))];
    }
}
