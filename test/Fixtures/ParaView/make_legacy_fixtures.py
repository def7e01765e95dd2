# Makes the reader fixtures of test/Fixtures/ParaView/readers and prints ParaView 5.11's data
# information for each (readers.json): run `pvpython --force-offscreen-rendering make_legacy_fixtures.py`.
# Legacy files in ascii and binary for the five data set types, with field data; an unstructured grid
# with one cell of every linear type; a three-file series; XML .vts/.vtr, a partitioned .pvti, a .vtm and a .pvd.
import json, math, os
from paraview.simple import *
from paraview import servermanager
from vtkmodules.vtkCommonCore import vtkPoints, vtkFloatArray, vtkIntArray, vtkDoubleArray, vtkIdList
from vtkmodules.vtkCommonDataModel import (vtkImageData, vtkStructuredGrid, vtkRectilinearGrid, vtkPolyData,
    vtkUnstructuredGrid, vtkCellArray, vtkMultiBlockDataSet)
from vtkmodules.vtkIOLegacy import vtkDataSetWriter
from vtkmodules.vtkIOXML import (vtkXMLStructuredGridWriter, vtkXMLRectilinearGridWriter, vtkXMLImageDataWriter,
    vtkXMLMultiBlockDataWriter)
from vtkmodules.vtkIOParallelXML import vtkXMLPImageDataWriter

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "readers")
os.makedirs(HERE, exist_ok=True)

def add_arrays(ds, n_points, n_cells, seed):
    p = vtkFloatArray(); p.SetName("PointValue"); p.SetNumberOfValues(n_points)
    for i in range(n_points): p.SetValue(i, math.sin(0.37 * i + seed))
    ds.GetPointData().AddArray(p)
    v = vtkDoubleArray(); v.SetName("PointVector"); v.SetNumberOfComponents(3); v.SetNumberOfTuples(n_points)
    for i in range(n_points): v.SetTuple3(i, i * 0.5, -i * 0.25 + seed, math.cos(i))
    ds.GetPointData().AddArray(v)
    c = vtkIntArray(); c.SetName("CellId"); c.SetNumberOfValues(n_cells)
    for i in range(n_cells): c.SetValue(i, 3 * i - 7 + seed)
    ds.GetCellData().AddArray(c)
    f = vtkDoubleArray(); f.SetName("Provenance"); f.SetNumberOfValues(2); f.SetValue(0, 5.11); f.SetValue(1, seed)
    ds.GetFieldData().AddArray(f)

def image(seed=0):
    d = vtkImageData(); d.SetExtent(0, 4, 0, 3, 0, 2); d.SetOrigin(-1, 0.5, 2); d.SetSpacing(0.5, 0.25, 1.5)
    add_arrays(d, d.GetNumberOfPoints(), d.GetNumberOfCells(), seed); return d

def structured(seed=0):
    d = vtkStructuredGrid(); d.SetDimensions(4, 3, 2); pts = vtkPoints()
    for k in range(2):
        for j in range(3):
            for i in range(4): pts.InsertNextPoint(i + 0.1 * j * j, j * 1.5 + 0.2 * i, k * 2.0 - 0.3 * i)
    d.SetPoints(pts); add_arrays(d, d.GetNumberOfPoints(), d.GetNumberOfCells(), seed); return d

def rectilinear(seed=0):
    d = vtkRectilinearGrid(); d.SetDimensions(4, 3, 2)
    for setter, values in ((d.SetXCoordinates, [0, 0.5, 2, 4.5]), (d.SetYCoordinates, [-1, 0, 3]), (d.SetZCoordinates, [1, 1.25])):
        a = vtkDoubleArray(); [a.InsertNextValue(x) for x in values]; setter(a)
    add_arrays(d, d.GetNumberOfPoints(), d.GetNumberOfCells(), seed); return d

def poly(seed=0):
    d = vtkPolyData(); pts = vtkPoints()
    for x, y, z in [(0,0,0),(1,0,0),(1,1,0),(0,1,0),(2,0,1),(2,1,1),(3,0,0),(3,1,0.5)]: pts.InsertNextPoint(x, y, z)
    d.SetPoints(pts)
    verts = vtkCellArray(); verts.InsertNextCell(1); verts.InsertCellPoint(7); d.SetVerts(verts)
    lines = vtkCellArray(); lines.InsertNextCell(3); [lines.InsertCellPoint(i) for i in (4, 5, 7)]; d.SetLines(lines)
    polys = vtkCellArray(); polys.InsertNextCell(4); [polys.InsertCellPoint(i) for i in (0, 1, 2, 3)]
    polys.InsertNextCell(3); [polys.InsertCellPoint(i) for i in (1, 4, 2)]; d.SetPolys(polys)
    strips = vtkCellArray(); strips.InsertNextCell(4); [strips.InsertCellPoint(i) for i in (4, 6, 5, 7)]; d.SetStrips(strips)
    add_arrays(d, 8, d.GetNumberOfCells(), seed); return d

# One cell of every linear type (VTK_VERTEX 1 .. VTK_PYRAMID 14), each in its own place.
LINEAR = [(1, [(0,0,0)]), (2, [(0,0,0),(0.5,0,0),(1,0,0)]), (3, [(0,0,0),(1,0,0)]), (4, [(0,0,0),(1,0,0),(1,1,0)]),
          (5, [(0,0,0),(1,0,0),(0,1,0)]), (6, [(0,0,0),(1,0,0),(0,1,0),(1,1,0)]), (7, [(0,0,0),(1,0,0),(1.5,1,0),(0,1,0),(-0.5,0.5,0)]),
          (8, [(0,0,0),(1,0,0),(0,1,0),(1,1,0)]), (9, [(0,0,0),(1,0,0),(1,1,0),(0,1,0)]), (10, [(0,0,0),(1,0,0),(0,1,0),(0,0,1)]),
          (11, [(0,0,0),(1,0,0),(0,1,0),(1,1,0),(0,0,1),(1,0,1),(0,1,1),(1,1,1)]),
          (12, [(0,0,0),(1,0,0),(1,1,0),(0,1,0),(0,0,1),(1,0,1),(1,1,1),(0,1,1)]),
          (13, [(0,0,0),(1,0,0),(0,1,0),(0,0,1),(1,0,1),(0,1,1)]), (14, [(0,0,0),(1,0,0),(1,1,0),(0,1,0),(0.5,0.5,1)])]

def unstructured(seed=0):
    d = vtkUnstructuredGrid(); pts = vtkPoints(); d.Allocate(len(LINEAR))
    for n, (cell_type, corners) in enumerate(LINEAR):
        ids = vtkIdList()
        for x, y, z in corners: ids.InsertNextId(pts.InsertNextPoint(x + 2 * n, y, z + 0.1 * seed))
        d.InsertNextCell(cell_type, ids)
    d.SetPoints(pts); add_arrays(d, d.GetNumberOfPoints(), d.GetNumberOfCells(), seed); return d

def legacy(ds, name, binary):
    w = vtkDataSetWriter(); w.SetInputData(ds); w.SetFileName(os.path.join(HERE, name))
    w.SetFileTypeToBinary() if binary else w.SetFileTypeToASCII(); w.Write()

def xml(writer, ds, name, **settings):
    writer.SetInputData(ds); writer.SetFileName(os.path.join(HERE, name))
    for key, value in settings.items(): getattr(writer, "Set" + key)(value)
    writer.Write()

for kind, make in (("image", image), ("structured", structured), ("rectilinear", rectilinear), ("poly", poly), ("unstructured", unstructured)):
    legacy(make(), f"{kind}_ascii.vtk", False)
    legacy(make(), f"{kind}_binary.vtk", True)
for step in range(3):
    legacy(unstructured(step), f"series_{step}.vtk", True)
xml(vtkXMLStructuredGridWriter(), structured(), "structured.vts")
xml(vtkXMLRectilinearGridWriter(), rectilinear(), "rectilinear.vtr")
xml(vtkXMLPImageDataWriter(), image(), "image.pvti", NumberOfPieces=2, StartPiece=0, EndPiece=1)
mb = vtkMultiBlockDataSet(); mb.SetNumberOfBlocks(2); mb.SetBlock(0, image()); mb.SetBlock(1, poly())
xml(vtkXMLMultiBlockDataWriter(), mb, "blocks.vtm")
for step in range(3):
    xml(vtkXMLImageDataWriter(), image(step), f"steps_{step}.vti")
with open(os.path.join(HERE, "steps.pvd"), "w") as pvd:
    pvd.write('<?xml version="1.0"?>\n<VTKFile type="Collection" version="0.1">\n  <Collection>\n')
    for step, time in enumerate((0.0, 0.5, 2.0)):
        pvd.write(f'    <DataSet timestep="{time}" part="0" file="steps_{step}.vti"/>\n')
    pvd.write('  </Collection>\n</VTKFile>\n')

def arrays(info):
    result = {}
    for i in range(info.GetNumberOfArrays()):
        a = info.GetArrayInformation(i)
        comps = a.GetNumberOfComponents()
        ranges = [list(a.GetComponentRange(c)) for c in range(comps)] + ([list(a.GetComponentRange(-1))] if comps > 1 else [])
        result[a.GetName()] = {"components": comps, "ranges": ranges}
    return result

def figures(reader, time=None):
    reader.UpdatePipeline(time) if time is not None else reader.UpdatePipeline()
    info = reader.GetDataInformation().DataInformation
    return {"proxy": reader.GetXMLName(), "type": info.GetDataClassName(),
            "composite": info.GetCompositeDataClassName() if info.IsCompositeDataSet() else None, "points": info.GetNumberOfPoints(),
            "cells": info.GetNumberOfCells(), "bounds": list(info.GetBounds()),
            "pointArrays": arrays(info.GetPointDataInformation()), "cellArrays": arrays(info.GetCellDataInformation()),
            "fieldArrays": sorted(info.GetFieldDataInformation().GetArrayInformation(i).GetName() for i in range(info.GetFieldDataInformation().GetNumberOfArrays())),
            "timesteps": list(reader.TimestepValues) if hasattr(reader, "TimestepValues") and reader.TimestepValues is not None else []}

out = {}
names = sorted(f for f in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, f)) and not f.endswith(".json") and (not f.startswith("series_") and not f.startswith("steps_") and not f.endswith(".vtu") and not f.endswith(".vti") and not f.endswith(".vtp")) or f in ("steps_0.vti",))
parent = os.path.dirname(HERE)
for name in names + ["../" + f for f in sorted(os.listdir(parent)) if f.endswith((".vtk", ".vti", ".vtp", ".vtu"))]:
    reader = OpenDataFile(os.path.join(HERE, name))
    out[name] = figures(reader)
    Delete(reader)
series = OpenDataFile([os.path.join(HERE, f"series_{i}.vtk") for i in range(3)])
out["series_*.vtk"] = figures(series)
out["series_*.vtk@2"] = figures(series, 2.0)
Delete(series)
pvd = OpenDataFile(os.path.join(HERE, "steps.pvd"))
out["steps.pvd@0.5"] = figures(pvd, 0.5)
Delete(pvd)
with open(os.path.join(HERE, "readers.json"), "w") as f:
    json.dump(out, f, indent=1, sort_keys=True)
print(json.dumps({k: (v["proxy"], v["type"], v["points"], v["cells"]) for k, v in out.items()}, indent=1))
