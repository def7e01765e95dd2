# Run with: pvpython --force-offscreen-rendering <this script> > output.txt (ParaView 5.11.0).
import vtk
from vtkmodules.vtkFiltersGeneral import vtkTableBasedClipDataSet
from vtkmodules.vtkFiltersGeometry import vtkDataSetSurfaceFilter
shapes = {
 12: [(0,0,0),(1,0,0),(1,1,0),(0,1,0),(0,0,1),(1,0,1),(1,1,1),(0,1,1)],
 10: [(0,0,0),(1,0,0),(0,1,0),(0,0,1)],
 13: [(0,0,0),(1,0,0),(0,1,0),(0,0,1),(1,0,1),(0,1,1)],
 14: [(0,0,0),(1,0,0),(1,1,0),(0,1,0),(0.5,0.5,1)],
}
def label(x, pts):
    for i,p in enumerate(pts):
        if all(abs(x[k]-p[k])<1e-9 for k in range(3)): return 'v%d'%i
    for a in range(len(pts)):
        for b in range(a+1,len(pts)):
            m=[(pts[a][k]+pts[b][k])/2 for k in range(3)]
            if all(abs(x[k]-m[k])<1e-9 for k in range(3)): return 'e%d_%d'%(a,b)
    return 'C'
for ct, pts in shapes.items():
  n=len(pts)
  for case in range(1,(1<<n)-1):
    g = vtk.vtkUnstructuredGrid(); p = vtk.vtkPoints(); p.SetDataTypeToDouble()
    for x in pts: p.InsertNextPoint(x)
    g.SetPoints(p)
    ids = vtk.vtkIdList()
    for i in range(n): ids.InsertNextId(i)
    g.InsertNextCell(ct, ids)
    s = vtk.vtkDoubleArray(); s.SetName('s')
    for i in range(n): s.InsertNextValue(-1.0 if (case >> i) & 1 else 1.0)
    g.GetPointData().SetScalars(s)
    c = vtkTableBasedClipDataSet(); c.SetInputData(g); c.SetValue(0.0); c.InsideOutOn()
    f = vtkDataSetSurfaceFilter(); f.SetInputConnection(c.GetOutputPort()); f.Update()
    o = f.GetOutput()
    faces=[]
    for i in range(o.GetNumberOfCells()):
        cl=o.GetCell(i)
        lab=sorted(label(o.GetPoint(cl.GetPointId(j)), pts) for j in range(cl.GetNumberOfPoints()))
        if 'C' in lab: continue
        faces.append('('+' '.join(lab)+')')
    print(ct, case, ' '.join(sorted(faces)))
