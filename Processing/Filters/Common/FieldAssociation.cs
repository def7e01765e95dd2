namespace OrleansPV.Processing.Filters.Common;

/// <summary>Where an input array lives (VTK's vtkDataObject::FIELD_ASSOCIATION_* codes).</summary>
public enum FieldAssociation
{
    Points = 0,
    Cells = 1,
}
