# Run with: pvpython --force-offscreen-rendering <this script> > output.txt (ParaView 5.11.0).
import vtk
from vtkmodules.vtkFiltersGeneral import vtkTableBasedClipDataSet
shapes = {
 12: ([(0,0,0),(1,0,0),(1,1,0),(0,1,0),(0,0,1),(1,0,1),(1,1,1),(0,1,1)],[(0,1),(1,2),(2,3),(0,3),(4,5),(5,6),(6,7),(4,7),(0,4),(1,5),(2,6),(3,7)]),
 13: ([(0,0,0),(1,0,0),(0,1,0),(0,0,1),(1,0,1),(0,1,1)],[(0,1),(1,2),(0,2),(3,4),(4,5),(3,5),(0,3),(1,4),(2,5)]),
 14: ([(0,0,0),(1,0,0),(1,1,0),(0,1,0),(0.5,0.5,1)],[(0,1),(1,2),(2,3),(0,3),(0,4),(1,4),(2,4),(3,4)]),
}
import itertools
for ct,(pts,edges) in shapes.items():
  n=len(pts)
  for case in range(1,(1<<n)-1):
    g = vtk.vtkUnstructuredGrid(); p = vtk.vtkPoints(); p.SetDataTypeToDouble()
    for x in pts: p.InsertNextPoint(x)
    g.SetPoints(p)
    ids = vtk.vtkIdList()
    for i in range(n): ids.InsertNextId(i)
    g.InsertNextCell(ct, ids)
    s = vtk.vtkDoubleArray(); s.SetName('s')
    vals=[(-1.0 if (case >> i) & 1 else 1.0)*(0.3+0.17*((i*7+case)%5)) for i in range(n)]
    for v in vals: s.InsertNextValue(v)
    g.GetPointData().SetScalars(s)
    c = vtkTableBasedClipDataSet(); c.SetInputData(g); c.SetValue(0.0); c.InsideOutOn(); c.Update()
    o = c.GetOutput()
    kept=[i for i in range(n) if case>>i&1]
    cut=[(a,b) for a,b in edges if ((case>>a)^(case>>b))&1]
    known=[pts[i] for i in kept]+[tuple(pts[a][k]+(0-vals[a])/(vals[b]-vals[a])*(pts[b][k]-pts[a][k]) for k in range(3)) for a,b in cut]
    extra=[]
    for i in range(o.GetNumberOfPoints()):
        x=o.GetPoint(i)
        if not any(all(abs(x[k]-q[k])<1e-9 for k in range(3)) for q in known): extra.append(x)
    if not extra: continue
    C=extra[0]
    names=['v%d'%i for i in kept]+['e%d%d'%e for e in cut]
    allpts=known
    # candidate rules
    def avg(L): return tuple(sum(q[k] for q in L)/len(L) for k in range(3))
    def eq(a,b): return all(abs(a[k]-b[k])<1e-9 for k in range(3))
    rules={'cut':avg(allpts[len(kept):]),'kept':avg(allpts[:len(kept)]),'all':avg(allpts),'cellcenter':avg(pts)}
    hit=[r for r,v in rules.items() if eq(v,C)]
    print(ct, case, kept, '(%.12f,%.12f,%.12f)'%C)
