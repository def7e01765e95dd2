namespace OrleansPV.Processing.Filters.Clip;

/// <summary>
/// Where the centre point of a cone split sits, as a mean of some of the cut cell's points. VTK's tables
/// place theirs case by case; these rules give the same points for every case (checked against ParaView).
/// </summary>
internal enum CentreRule
{
    /// <summary>The cut points on the edges from the group's corners to lost corners.</summary>
    CutPoints = 0,

    /// <summary>The group's corners.</summary>
    KeptCorners = 1,

    /// <summary>The group's corners and cut points.</summary>
    KeptAndCut = 2,

    /// <summary>The group's corners but one, and its cut points.</summary>
    KeptAndCutButOne = 3,

    /// <summary>
    /// A hexahedron that lost an edge (u, w) and a lone corner x opposite w: twice the cut point from x's
    /// neighbour along the edge's axis, plus the cut points from w's two other neighbours, over four.
    /// </summary>
    EdgeAndCornerLost = 4,

    /// <summary>
    /// A hexahedron that lost two corners diagonal on one face: the mean of the cut points from their
    /// neighbours across that face.
    /// </summary>
    DiagonalLost = 5,
}
