# For each linear cell type ParaView contours cell by cell, and each above/below case of its vertices
# (bit v set: vertex v above the value), the triangles VTK's vtkContourFilter emits for one cell, as
# vertex-pair edges (a < b) in its order and winding.
import itertools
from vtkmodules.vtkCommonDataModel import vtkUnstructuredGrid, VTK_HEXAHEDRON, VTK_TETRA, VTK_WEDGE, VTK_PYRAMID
from vtkmodules.vtkCommonCore import vtkPoints, vtkFloatArray, vtkIdList
from vtkmodules.vtkFiltersCore import vtkContourFilter
cells = {
    "Hexahedron": (VTK_HEXAHEDRON, [(0,0,0),(1,0,0),(1,1,0),(0,1,0),(0,0,1),(1,0,1),(1,1,1),(0,1,1)]),
    "Tetra": (VTK_TETRA, [(0,0,0),(1,0,0),(0,1,0),(0,0,1)]),
    "Wedge": (VTK_WEDGE, [(0,0,0),(1,0,0),(0,1,0),(0,0,1),(1,0,1),(0,1,1)]),
    "Pyramid": (VTK_PYRAMID, [(0,0,0),(1,0,0),(1,1,0),(0,1,0),(0.5,0.5,1)]),
}
for name, (ctype, verts) in cells.items():
    n = len(verts)
    mids = {}
    for a, b in itertools.combinations(range(n), 2):
        mids[tuple(round((verts[a][k] + verts[b][k]) / 2, 6) for k in range(3))] = (a, b)
    for case in range(1 << n):
        ug = vtkUnstructuredGrid(); pts = vtkPoints()
        for v in verts: pts.InsertNextPoint(*v)
        ug.SetPoints(pts)
        ids = vtkIdList()
        for v in range(n): ids.InsertNextId(v)
        ug.InsertNextCell(ctype, ids)
        s = vtkFloatArray(); s.SetName("s")
        for v in range(n): s.InsertNextValue(1.0 if (case >> v) & 1 else 0.0)
        ug.GetPointData().SetScalars(s)
        f = vtkContourFilter(); f.SetInputData(ug); f.SetValue(0, 0.5); f.ComputeNormalsOff(); f.ComputeScalarsOff(); f.Update()
        o = f.GetOutput(); polys = o.GetPolys(); polys.InitTraversal(); cell = vtkIdList(); tris = []
        while polys.GetNextCell(cell):
            assert cell.GetNumberOfIds() == 3, (name, case)
            tris.append([mids[tuple(round(x, 6) for x in o.GetPoint(cell.GetId(k)))] for k in range(3)])
        print(name, case, ";".join(" ".join(f"{a}-{b}" for a, b in t) for t in tris))
