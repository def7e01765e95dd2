# For each of the 256 voxel cases (bit v set: vertex v = dx + 2 dy + 4 dz is above the value), the
# triangles VTK's vtkSynchronizedTemplates3D emits for one voxel, as edge-index triples (edges named by
# their two vertices), in its order.
import sys
from vtkmodules.vtkCommonDataModel import vtkImageData
from vtkmodules.vtkCommonCore import vtkFloatArray
from vtkmodules.vtkFiltersCore import vtkSynchronizedTemplates3D
out = []
for case in range(256):
    img = vtkImageData(); img.SetDimensions(2, 2, 2)
    a = vtkFloatArray(); a.SetName("s"); a.SetNumberOfTuples(8)
    for v in range(8):
        a.SetValue(v, 1.0 if (case >> v) & 1 else 0.0)
    img.GetPointData().SetScalars(a)
    f = vtkSynchronizedTemplates3D(); f.SetInputData(img); f.SetValue(0, 0.5); f.ComputeNormalsOff(); f.ComputeScalarsOff(); f.Update()
    o = f.GetOutput()
    def edge_of(pid):
        x, y, z = o.GetPoint(pid)
        ends = []
        for v in range(8):
            vx, vy, vz = v & 1, (v >> 1) & 1, (v >> 2) & 1
            if abs(vx - x) <= 0.5 and abs(vy - y) <= 0.5 and abs(vz - z) <= 0.5 and (abs(vx - x) + abs(vy - y) + abs(vz - z)) == 0.5:
                ends.append(v)
        assert len(ends) == 2, (case, pid, (x, y, z), ends)
        return tuple(ends)
    tris = []
    polys = o.GetPolys(); polys.InitTraversal()
    from vtkmodules.vtkCommonCore import vtkIdList
    ids = vtkIdList()
    while polys.GetNextCell(ids):
        assert ids.GetNumberOfIds() == 3
        tris.append([edge_of(ids.GetId(k)) for k in range(3)])
    out.append(tris)
for case, tris in enumerate(out):
    print(case, ";".join(" ".join(f"{a}-{b}" for a, b in t) for t in tris))
