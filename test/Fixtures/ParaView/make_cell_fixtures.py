"""Writes unstructured grids holding prism, quadratic and polyhedral cells (test/Fixtures/ParaView/Cells) with
ParaView 5.11's VTK writers, and records into cell_figures.json what ParaView reports for each file and what its
filters (ExtractSurface at subdivision levels 1 and 0, Shrink, Threshold, Elevation, Calculator, Outline, Clip,
crinkle Clip, Slice, Contour) give on it: type, counts, bounds and every array's ranges.

Run from this folder:  pvpython --force-offscreen-rendering make_cell_fixtures.py
"""
import json
import os
import shutil

from paraview.simple import (OpenDataFile, ExtractSurface, Shrink, Threshold, Elevation, Calculator, Outline, Clip,
                             Slice, Contour, Delete)
from paraview import servermanager
from vtkmodules.vtkCommonCore import vtkDoubleArray, vtkFloatArray, vtkIntArray, vtkPoints, vtkIdList
from vtkmodules.vtkCommonDataModel import vtkUnstructuredGrid, vtkGenericCell
from vtkmodules.vtkCommonExecutionModel import vtkTrivialProducer
from vtkmodules.vtkIOLegacy import vtkUnstructuredGridWriter
from vtkmodules.vtkIOXML import vtkXMLUnstructuredGridWriter
from vtkmodules.vtkIOParallelXML import vtkXMLPUnstructuredGridWriter

from make_fixtures_common import arrays, figures

OUT = 'Cells'
# Prisms, every quadratic/cubic type VTK 9.2 has (21..37), and polyhedra (42).
TYPES = [15, 16, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37]

# Polyhedra as face lists over their own points.
CUBE = ([(0, 0, 0), (1, 0, 0), (1, 1, 0), (0, 1, 0), (0, 0, 1), (1, 0, 1), (1, 1, 1), (0, 1, 1)],
        [[0, 3, 2, 1], [4, 5, 6, 7], [0, 1, 5, 4], [1, 2, 6, 5], [2, 3, 7, 6], [3, 0, 4, 7]])
OCTAHEDRON = ([(1, 0, 0), (0, 1, 0), (-1, 0, 0), (0, -1, 0), (0, 0, 1), (0, 0, -1)],
              [[0, 1, 4], [1, 2, 4], [2, 3, 4], [3, 0, 4], [1, 0, 5], [2, 1, 5], [3, 2, 5], [0, 3, 5]])
# A pentagonal prism with an extra point on one side face (a hexagonal face among quads).
HOUSE = ([(0, 0, 0), (2, 0, 0), (2, 1, 0), (1, 2, 0), (0, 1, 0), (0, 0, 1), (2, 0, 1), (2, 1, 1), (1, 2, 1), (0, 1, 1),
          (1, -0.25, 0.5)],
         [[0, 4, 3, 2, 1], [5, 6, 7, 8, 9], [0, 10, 1, 6, 5], [1, 2, 7, 6], [2, 3, 8, 7], [3, 4, 9, 8], [4, 0, 5, 9]])
POLYHEDRA = {'cube': CUBE, 'octahedron': OCTAHEDRON, 'house': HOUSE}


def transform(p, shift):
    """A fixed skew so no cell is axis-aligned, then a shift along x."""
    x, y, z = p
    return (2 * x + 0.3 * y + shift, 1.5 * y + 0.2 * z, 1.25 * z + 0.1 * x)


def reference_points(cell_type):
    if cell_type == 36:
        # Quadratic polygon: the corners of a quadrilateral, then its edge midpoints.
        return [(0, 0, 0), (1, 0, 0), (1, 1, 0), (0, 1, 0), (0.5, -0.1, 0), (1.1, 0.5, 0), (0.5, 1.1, 0), (-0.1, 0.5, 0)]
    cell = vtkGenericCell()
    cell.SetCellType(cell_type)
    pc = cell.GetParametricCoords()
    return [(pc[3 * i], pc[3 * i + 1], pc[3 * i + 2]) for i in range(cell.GetNumberOfPoints())]


class Builder:
    def __init__(self):
        self.grid = vtkUnstructuredGrid()
        self.points = vtkPoints()
        self.points.SetDataTypeToDouble()
        self.grid.SetPoints(self.points)
        self.grid.Allocate(16)

    def add_points(self, coords, shift):
        first = self.points.GetNumberOfPoints()
        for p in coords:
            self.points.InsertNextPoint(*transform(p, shift))
        return first

    def add_cell(self, cell_type, shift):
        coords = reference_points(cell_type)
        first = self.add_points(coords, shift)
        self.grid.InsertNextCell(cell_type, len(coords), list(range(first, first + len(coords))))

    def add_polyhedron(self, name, shift):
        coords, faces = POLYHEDRA[name]
        first = self.add_points(coords, shift)
        stream = vtkIdList()
        stream.InsertNextId(len(faces))
        for face in faces:
            stream.InsertNextId(len(face))
            for i in face:
                stream.InsertNextId(first + i)
        self.grid.InsertNextCell(42, stream)

    def finish(self):
        dist = vtkDoubleArray()
        dist.SetName('Dist')
        flow = vtkFloatArray()
        flow.SetName('Flow')
        flow.SetNumberOfComponents(3)
        for i in range(self.points.GetNumberOfPoints()):
            x, y, z = self.points.GetPoint(i)
            dist.InsertNextValue(x + 2 * y + 3 * z)
            flow.InsertNextTuple3(y, -x, 0.25 * z + i)
        self.grid.GetPointData().AddArray(dist)
        self.grid.GetPointData().SetScalars(dist)
        self.grid.GetPointData().AddArray(flow)
        kind = vtkIntArray()
        kind.SetName('Kind')
        for c in range(self.grid.GetNumberOfCells()):
            kind.InsertNextValue(self.grid.GetCellType(c) * 10 + c)
        self.grid.GetCellData().AddArray(kind)
        return self.grid


def one_cell(cell_type):
    b = Builder()
    b.add_cell(cell_type, 0)
    return b.finish()


def one_polyhedron(name):
    b = Builder()
    b.add_polyhedron(name, 0)
    return b.finish()


def every_cell():
    b = Builder()
    for k, t in enumerate(TYPES):
        b.add_cell(t, 3 * k)
    for k, name in enumerate(POLYHEDRA):
        b.add_polyhedron(name, 3 * (len(TYPES) + k))
    b.add_cell(12, -3)  # a linear hexahedron among them
    return b.finish()


def shared_faces():
    """Two quadratic hexahedra and two polyhedral cubes, each pair sharing a face (inner faces leave the surface)."""
    b = Builder()
    b.add_cell(25, 0)
    b.add_cell(25, 2)  # the skew keeps x-shifted copies face to face: x = 2 * 1 + 0 + 0 is the next cell's x = 0 + 2
    b.add_polyhedron('cube', 10)
    b.add_polyhedron('cube', 12)
    grid = b.finish()
    # Merge coincident points so the pairs really share them.
    from vtkmodules.vtkFiltersCore import vtkStaticCleanUnstructuredGrid
    clean = vtkStaticCleanUnstructuredGrid()
    clean.SetInputData(grid)
    clean.Update()
    out = vtkUnstructuredGrid()
    out.DeepCopy(clean.GetOutput())
    return out


def xml(data, path, mode, compressor='none'):
    writer = vtkXMLUnstructuredGridWriter()
    writer.SetInputData(data)
    writer.SetFileName(os.path.join(OUT, path))
    {'ascii': writer.SetDataModeToAscii, 'binary': writer.SetDataModeToBinary}.get(mode, writer.SetDataModeToAppended)()
    writer.SetEncodeAppendedData(1 if mode == 'appended-base64' else 0)
    writer.SetCompressorTypeToZLib() if compressor == 'zlib' else writer.SetCompressorTypeToNone()
    writer.SetHeaderTypeToUInt64()
    assert writer.Write() == 1, path
    return path


def legacy(data, path, binary):
    writer = vtkUnstructuredGridWriter()
    writer.SetInputData(data)
    writer.SetFileName(os.path.join(OUT, path))
    writer.SetFileTypeToBinary() if binary else writer.SetFileTypeToASCII()
    assert writer.Write() == 1, path
    return path


def parallel(data, path):
    producer = vtkTrivialProducer()
    producer.SetOutput(data)
    writer = vtkXMLPUnstructuredGridWriter()
    writer.SetInputConnection(producer.GetOutputPort())
    writer.SetFileName(os.path.join(OUT, path))
    writer.SetNumberOfPieces(2)
    writer.SetStartPiece(0)
    writer.SetEndPiece(1)
    writer.SetDataModeToBinary()
    assert writer.Write() == 1, path
    return path


def brief(proxy):
    proxy.UpdatePipeline()
    info = proxy.GetDataInformation()
    return {'type': info.GetDataSetTypeAsString(), 'points': info.GetNumberOfPoints(),
            'cells': info.GetNumberOfCells(), 'bounds': list(info.GetBounds()),
            'point_arrays': arrays(proxy.PointData), 'cell_arrays': arrays(proxy.CellData)}


def filter_figures(reader):
    info = reader.GetDataInformation()
    b = info.GetBounds()
    # Off-centre plane and value: nodes of these fixtures (edge midpoints of a linear field) sit exactly on the
    # centre plane and the middle value, where cutting depends on rounding rather than on the algorithm.
    centre = [b[0] + 0.41 * (b[1] - b[0]), (b[2] + b[3]) / 2, (b[4] + b[5]) / 2]
    low, high = reader.PointData['Dist'].GetRange()
    middle = low + 0.37 * (high - low)
    filters = {
        'ExtractSurface': lambda: ExtractSurface(Input=reader),
        'ExtractSurfaceLevel0': lambda: ExtractSurface(Input=reader, NonlinearSubdivisionLevel=0),
        'Shrink': lambda: Shrink(Input=reader),
        'Threshold': lambda: Threshold(Input=reader, Scalars=['POINTS', 'Dist']),
        'ThresholdAll': lambda: Threshold(Input=reader, Scalars=['POINTS', 'Dist']),
        'Elevation': lambda: Elevation(Input=reader, LowPoint=[b[0], b[2], b[4]], HighPoint=[b[1], b[3], b[5]]),
        'Calculator': lambda: Calculator(Input=reader, Function='Dist*2', ResultArrayName='Twice'),
        'Outline': lambda: Outline(Input=reader),
        'Clip': lambda: Clip(Input=reader, ClipType='Plane', Invert=1),
        'CrinkleClip': lambda: Clip(Input=reader, ClipType='Plane', Invert=1, Crinkleclip=1),
        'Slice': lambda: Slice(Input=reader, SliceType='Plane'),
        'Contour': lambda: Contour(Input=reader, ContourBy=['POINTS', 'Dist'], Isosurfaces=[middle]),
    }
    result = {'threshold_range': [low, middle], 'contour_value': middle, 'plane_origin': centre}
    # The threshold keeps the lower part of the range: its upper end is the middle value.
    for name, make in filters.items():
        proxy = make()
        if name == 'Threshold':
            # Set after creation: given to the constructor, an upper value of 0.0 is replaced by the array's maximum.
            proxy.LowerThreshold = low
            proxy.UpperThreshold = middle
            proxy.UpdatePipeline()
            result['threshold_range'] = [proxy.LowerThreshold, proxy.UpperThreshold]
        if name == 'ThresholdAll':
            proxy.LowerThreshold = low
            proxy.UpperThreshold = high
            proxy.UpdatePipeline()
            result['threshold_all_range'] = [proxy.LowerThreshold, proxy.UpperThreshold]
        if name in ('Clip', 'CrinkleClip', 'Slice'):
            kind = proxy.SliceType if name == 'Slice' else proxy.ClipType
            kind.Origin = centre
            kind.Normal = [1, 0, 0]
        result[name] = brief(proxy)
        Delete(proxy)
    return result


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    every = every_cell()
    read_files = [xml(every, 'every_ascii.vtu', 'ascii'), xml(every, 'every_binary.vtu', 'binary'),
                  xml(every, 'every_binary_zlib.vtu', 'binary', 'zlib'),
                  xml(every, 'every_appended_raw.vtu', 'appended-raw'),
                  xml(every, 'every_appended_base64.vtu', 'appended-base64'),
                  parallel(every, 'every_parallel.pvtu'),
                  legacy(every, 'every_ascii.vtk', False), legacy(every, 'every_binary.vtk', True)]
    filter_files = ['every_appended_raw.vtu', xml(shared_faces(), 'shared_faces.vtu', 'appended-raw')]
    for t in TYPES:
        filter_files.append(xml(one_cell(t), f'cell_{t}.vtu', 'appended-raw'))
    for name in POLYHEDRA:
        filter_files.append(xml(one_polyhedron(name), f'polyhedron_{name}.vtu', 'appended-raw'))
    read_files.extend(f for f in filter_files if f not in read_files)

    results = {}
    filtered = {}
    for path in read_files:
        reader = OpenDataFile(os.path.join(OUT, path))
        results[path] = figures(reader)
        if path in filter_files:
            filtered[path] = filter_figures(reader)
        Delete(reader)
    with open('cell_figures.json', 'w') as out:
        json.dump({'paraview': servermanager.vtkSMProxyManager.GetParaViewSourceVersion(), 'files': results,
                   'filters': filtered}, out, indent=1, sort_keys=True)
    print(f'{len(results)} files, {len(filtered)} filtered')


main()
