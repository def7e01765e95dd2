# Run with: pvpython --force-offscreen-rendering <this script> > output.txt (ParaView 5.11.0).
import vtk, collections
import numpy as np
def tetvol(a,b,c,d):
    return abs(np.linalg.det(np.array([np.subtract(b,a),np.subtract(c,a),np.subtract(d,a)])))/6
decomp={5:[],9:[],8:[],10:[(0,1,2,3)],14:[(0,1,2,4),(0,2,3,4)],13:[(0,1,2,3),(1,2,3,4),(2,3,4,5)],12:[(0,1,3,4),(1,2,3,6),(1,3,4,6),(1,4,5,6),(3,4,6,7)]}
from vtkmodules.vtkFiltersGeneral import vtkTableBasedClipDataSet
shapes = {
 10: [(0,0,0),(1,0,0),(0,1,0),(0,0,1)],
 13: [(0,0,0),(1,0,0),(0,1,0),(0,0,1),(1,0,1),(0,1,1)],
 14: [(0,0,0),(1,0,0),(1,1,0),(0,1,0),(0.5,0.5,1)],
 5: [(0,0,0),(1,0,0),(0,1,0)],
 9: [(0,0,0),(1,0,0),(1,1,0),(0,1,0)],
 8: [(0,0,0),(1,0,0),(0,1,0),(1,1,0)],
 11: [(0,0,0),(1,0,0),(0,1,0),(1,1,0),(0,0,1),(1,0,1),(0,1,1),(1,1,1)],
}
for ct, pts in shapes.items():
  n=len(pts)
  for case in range(1<<n):
    g = vtk.vtkUnstructuredGrid(); p = vtk.vtkPoints(); p.SetDataTypeToDouble()
    for x in pts: p.InsertNextPoint(x)
    g.SetPoints(p)
    ids = vtk.vtkIdList()
    for i in range(n): ids.InsertNextId(i)
    g.InsertNextCell(ct, ids)
    s = vtk.vtkDoubleArray(); s.SetName('s')
    for i in range(n): s.InsertNextValue(-1.0 if (case >> i) & 1 else 1.0)
    g.GetPointData().SetScalars(s)
    c = vtkTableBasedClipDataSet(); c.SetInputData(g); c.SetValue(0.0); c.InsideOutOn(); c.Update()
    o = c.GetOutput()
    types = collections.Counter(o.GetCellType(i) for i in range(o.GetNumberOfCells()))
    vol=0
    for i in range(o.GetNumberOfCells()):
        cl=o.GetCell(i); P=[o.GetPoint(cl.GetPointId(j)) for j in range(cl.GetNumberOfPoints())]
        for t in decomp[o.GetCellType(i)]: vol+=tetvol(*[P[k] for k in t])
    print(ct, case, o.GetNumberOfPoints(), '%.6f'%vol, ' '.join('%d:%d'%kv for kv in sorted(types.items())))
