# File series and their time steps as ParaView 5.11's vtkFileSeriesReader reports them:
# `pvpython --force-offscreen-rendering make_series_fixtures.py > series.json`, run in this folder.
# Writes legacy and XML series whose files carry a "TimeValue" field array (or not), a single XML file with
# one, and .series JSON lists, then prints for each the reader proxy, TimestepValues and, per update time,
# the points read and the data time (null when the output has none).
import json, os
from paraview.simple import *
from vtkmodules.vtkCommonDataModel import vtkPolyData, vtkUnstructuredGrid, vtkCellArray
from vtkmodules.vtkCommonCore import vtkDoubleArray, vtkPoints
from vtkmodules.vtkIOXML import vtkXMLPolyDataWriter, vtkXMLUnstructuredGridWriter
from vtkmodules.vtkIOLegacy import vtkDataSetWriter

os.chdir(os.path.dirname(os.path.abspath(__file__)))
os.makedirs("parts", exist_ok=True)

def points(n, times, grid=False):
    """n points on a line (n tells which file was read), with TimeValue = times when given."""
    d = vtkUnstructuredGrid() if grid else vtkPolyData()
    p = vtkPoints()
    for i in range(n): p.InsertNextPoint(i, 0.5 * i, 0)
    d.SetPoints(p)
    if times is not None:
        f = vtkDoubleArray(); f.SetName("TimeValue"); f.SetNumberOfValues(len(times))
        for i, t in enumerate(times): f.SetValue(i, t)
        d.GetFieldData().AddArray(f)
    return d

def write(writer, data, name):
    writer.SetInputData(data); writer.SetFileName(name); writer.Write()

cases = {}
# Legacy files with TimeValue: the legacy reader reports no time, so the series is 0, 1, 2.
for i, t in enumerate([0.5, 1.25, 3.0]):
    write(vtkDataSetWriter(), points(i + 2, [t], grid=True), f"legacy_tv_{i}.vtk")
cases["legacy_tv_*.vtk"] = [f"legacy_tv_{i}.vtk" for i in range(3)]
# XML files with TimeValue, listed out of time order: the steps are the sorted times.
for i, t in enumerate([2.0, 1.0, 7.0]):
    write(vtkXMLPolyDataWriter(), points(i + 2, [t]), f"xml_tv_{i}.vtp")
cases["xml_tv_*.vtp"] = [f"xml_tv_{i}.vtp" for i in range(3)]
# One file without TimeValue among timed ones: left out of the steps.
for i, t in enumerate([[0.5], None, [3.0]]):
    write(vtkXMLPolyDataWriter(), points(i + 2, t), f"xml_mixed_{i}.vtp")
cases["xml_mixed_*.vtp"] = [f"xml_mixed_{i}.vtp" for i in range(3)]
# XML files without TimeValue: 0, 1, 2.
for i in range(3):
    write(vtkXMLUnstructuredGridWriter(), points(i + 2, None, grid=True), f"xml_plain_{i}.vtu")
cases["xml_plain_*.vtu"] = [f"xml_plain_{i}.vtu" for i in range(3)]
# A single XML file with a TimeValue array of three values: its first value is the one step.
write(vtkXMLPolyDataWriter(), points(5, [4.0, 6.0, 5.0]), "single_tv.vtp")
cases["single_tv.vtp"] = ["single_tv.vtp"]
# .series lists (names relative to the list, out of time order; their times win over the files' TimeValue).
for i in range(3):
    write(vtkDataSetWriter(), points(i + 2, None, grid=True), f"parts/legacy_{i}.vtk")
    write(vtkXMLUnstructuredGridWriter(), points(i + 2, [100.0 + i], grid=True), f"parts/grid_{i}.vtu")
for name, ext in (("legacy.vtk.series", "legacy_{}.vtk"), ("grid.vtu.series", "grid_{}.vtu")):
    files = [{"name": "parts/" + ext.format(i), "time": t} for i, t in ((1, 12.5), (0, 10.0), (2, 15.0))]
    with open(name, "w") as f: json.dump({"file-series-version": "1.0", "files": files}, f, indent=1)
    cases[name] = [name]

out = {}
for key, files in cases.items():
    reader = OpenDataFile(files if len(files) > 1 else files[0])
    reader.UpdatePipelineInformation()
    updates = []
    for t in (None, 0.0, 1.0, 1.3, 2.0, 5.0, 7.5, 11.0, 13.0, 20.0):
        if t is None: reader.UpdatePipeline()
        else: reader.UpdatePipeline(t)
        info = reader.GetDataInformation().DataInformation
        updates.append({"time": t, "points": info.GetNumberOfPoints(), "dataTime": info.GetTime() if info.GetHasTime() else None})
    out[key] = {"files": files, "proxy": reader.GetXMLName(), "timesteps": list(reader.TimestepValues), "updates": updates}
    Delete(reader)
out["paraview"] = servermanager.vtkSMProxyManager.GetParaViewSourceVersion()
print(json.dumps(out, indent=1, sort_keys=True))
