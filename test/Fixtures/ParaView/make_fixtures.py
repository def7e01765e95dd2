"""Writes the XML format fixtures (test/Fixtures/ParaView/Formats) with ParaView 5.11's VTK writers and
records what ParaView's own readers report for each file into formats_figures.json.

Run from this folder:  pvpython --force-offscreen-rendering make_fixtures.py
Every serial format x encoding x compressor x header type; .vtm, .pvd and the parallel forms (2+ pieces).
"""
import json
import os
import shutil

from paraview.simple import OpenDataFile, GetAnimationScene
from paraview import servermanager
from vtkmodules.vtkCommonCore import vtkFloatArray, vtkDoubleArray, vtkIntArray, vtkPoints
from vtkmodules.vtkCommonDataModel import (vtkMultiBlockDataSet, vtkRectilinearGrid, vtkUnstructuredGrid,
                                           vtkCompositeDataSet, vtkCellArray)
from vtkmodules.vtkFiltersCore import vtkElevationFilter, vtkPointDataToCellData
from vtkmodules.vtkFiltersGeneral import vtkTransformFilter, vtkDataSetTriangleFilter
from vtkmodules.vtkFiltersSources import vtkSphereSource
from vtkmodules.vtkImagingCore import vtkRTAnalyticSource
from vtkmodules.vtkCommonTransforms import vtkTransform
from vtkmodules.vtkFiltersGeometry import vtkImageDataToUniformGrid
from vtkmodules.vtkIOXML import (vtkXMLImageDataWriter, vtkXMLPolyDataWriter, vtkXMLUnstructuredGridWriter,
                                 vtkXMLStructuredGridWriter, vtkXMLRectilinearGridWriter, vtkXMLMultiBlockDataWriter)
from vtkmodules.vtkIOParallelXML import (vtkXMLPImageDataWriter, vtkXMLPPolyDataWriter, vtkXMLPUnstructuredGridWriter,
                                         vtkXMLPStructuredGridWriter, vtkXMLPRectilinearGridWriter)
from vtkmodules.vtkFiltersGeneral import vtkImageDataToPointSet
from vtkmodules.vtkCommonExecutionModel import vtkTrivialProducer

from make_fixtures_common import figures

OUT = 'Formats'
EXTENT = [0, 8, 0, 7, 0, 6]


def field_data(data):
    info = vtkDoubleArray()
    info.SetName('FieldInfo')
    info.SetNumberOfComponents(2)
    info.InsertNextTuple2(1.5, -2.25)
    info.InsertNextTuple2(3.0, 4.0)
    data.GetFieldData().AddArray(info)
    return data


def wavelet():
    source = vtkRTAnalyticSource()
    source.SetWholeExtent(*EXTENT)
    elevation = vtkElevationFilter()
    elevation.SetInputConnection(source.GetOutputPort())
    elevation.SetLowPoint(0, 0, 0)
    elevation.SetHighPoint(8, 7, 6)
    cells = vtkPointDataToCellData()
    cells.SetInputConnection(elevation.GetOutputPort())
    cells.PassPointDataOn()
    cells.Update()
    image = cells.GetOutput().NewInstance()
    image.DeepCopy(cells.GetOutput())
    image.GetCellData().GetArray('RTData').SetName('CellRT')
    image.GetCellData().RemoveArray('Elevation')
    return field_data(image)


def structured():
    to_points = vtkImageDataToPointSet()
    to_points.SetInputData(wavelet())
    transform = vtkTransform()
    transform.RotateZ(30)
    transform.Scale(1.0, 0.5, 2.0)
    moved = vtkTransformFilter()
    moved.SetTransform(transform)
    moved.SetInputConnection(to_points.GetOutputPort())
    moved.Update()
    grid = moved.GetOutput().NewInstance()
    grid.DeepCopy(moved.GetOutput())
    return field_data(grid)


def rectilinear():
    image = wavelet()
    grid = vtkRectilinearGrid()
    grid.SetExtent(*EXTENT)
    for axis, setter in enumerate((grid.SetXCoordinates, grid.SetYCoordinates, grid.SetZCoordinates)):
        coords = vtkDoubleArray() if axis != 1 else vtkFloatArray()
        n = EXTENT[2 * axis + 1] - EXTENT[2 * axis] + 1
        for i in range(n):
            coords.InsertNextValue(i * i * 0.25 + i * (axis + 1))
        setter(coords)
    grid.GetPointData().ShallowCopy(image.GetPointData())
    grid.GetCellData().ShallowCopy(image.GetCellData())
    return field_data(grid)


def poly():
    sphere = vtkSphereSource()
    sphere.SetThetaResolution(12)
    sphere.SetPhiResolution(9)
    elevation = vtkElevationFilter()
    elevation.SetInputConnection(sphere.GetOutputPort())
    elevation.SetLowPoint(0, 0, -0.5)
    elevation.SetHighPoint(0, 0, 0.5)
    elevation.Update()
    data = elevation.GetOutput().NewInstance()
    data.DeepCopy(elevation.GetOutput())
    ids = vtkIntArray()
    ids.SetName('CellIndex')
    for i in range(data.GetNumberOfCells()):
        ids.InsertNextValue(i * 3 - 7)
    data.GetCellData().AddArray(ids)
    return field_data(data)


def unstructured():
    """One cell of each linear type (vertex ... pyramid), points shared where the cells touch."""
    grid = vtkUnstructuredGrid()
    points = vtkPoints()
    coords = [(0, 0, 0), (1, 0, 0), (1, 1, 0), (0, 1, 0), (0, 0, 1), (1, 0, 1), (1, 1, 1), (0, 1, 1),
              (2, 0, 0), (2, 1, 0), (2, 0, 1), (2, 1, 1), (0.5, 0.5, 2), (3, 0, 0), (3, 1, 0), (3, 0.5, 1),
              (4, 0, 0), (4, 1, 0), (5, 0, 0), (5, 1, 1), (6, 0, 0)]
    for p in coords:
        points.InsertNextPoint(*p)
    grid.SetPoints(points)
    cells = [(12, [0, 1, 2, 3, 4, 5, 6, 7]),      # hexahedron
             (13, [1, 8, 2, 5, 10, 6]),           # wedge
             (14, [4, 5, 6, 7, 12]),              # pyramid
             (10, [8, 13, 9, 15]),                # tetra
             (11, [13, 16, 14, 17, 15, 18, 19, 20]),  # voxel (degenerate corners are fine for a fixture)
             (9, [16, 18, 19, 17]),               # quad
             (5, [18, 20, 19]),                   # triangle
             (7, [13, 16, 18, 20, 14]),           # polygon
             (8, [0, 1, 3, 2]),                   # pixel
             (6, [0, 1, 3, 2, 4]),                # triangle strip
             (3, [0, 20]),                        # line
             (4, [1, 9, 14, 17]),                 # poly line
             (1, [12]),                           # vertex
             (2, [15, 19, 20])]                   # poly vertex
    for cell_type, ids in cells:
        grid.InsertNextCell(cell_type, len(ids), ids)
    scalars = vtkFloatArray()
    scalars.SetName('Temperature')
    vectors = vtkDoubleArray()
    vectors.SetName('Velocity')
    vectors.SetNumberOfComponents(3)
    for i, p in enumerate(coords):
        scalars.InsertNextValue(p[0] * 10 - p[1] * 3 + p[2] * 0.5)
        vectors.InsertNextTuple3(p[1], -p[0], i * 0.125)
    grid.GetPointData().AddArray(scalars)
    grid.GetPointData().SetScalars(scalars)
    grid.GetPointData().AddArray(vectors)
    material = vtkIntArray()
    material.SetName('Material')
    for i in range(len(cells)):
        material.InsertNextValue(100 + i * i)
    grid.GetCellData().AddArray(material)
    return field_data(grid)


SERIAL = {
    'vti': (vtkXMLImageDataWriter, wavelet),
    'vtp': (vtkXMLPolyDataWriter, poly),
    'vtu': (vtkXMLUnstructuredGridWriter, unstructured),
    'vts': (vtkXMLStructuredGridWriter, structured),
    'vtr': (vtkXMLRectilinearGridWriter, rectilinear),
}
ENCODINGS = ['ascii', 'binary', 'appended-raw', 'appended-base64']
COMPRESSORS = ['none', 'zlib', 'lz4', 'lzma']
HEADERS = ['UInt32', 'UInt64']


def configure(writer, encoding, compressor, header):
    if encoding == 'ascii':
        writer.SetDataModeToAscii()
    elif encoding == 'binary':
        writer.SetDataModeToBinary()
    else:
        writer.SetDataModeToAppended()
        writer.SetEncodeAppendedData(1 if encoding == 'appended-base64' else 0)
    {'none': writer.SetCompressorTypeToNone, 'zlib': writer.SetCompressorTypeToZLib,
     'lz4': writer.SetCompressorTypeToLZ4, 'lzma': writer.SetCompressorTypeToLZMA}[compressor]()
    if header == 'UInt32':
        writer.SetHeaderTypeToUInt32()
    else:
        writer.SetHeaderTypeToUInt64()


def write(writer_class, data, path, encoding='appended-raw', compressor='none', header='UInt64', big_endian=False):
    os.makedirs(os.path.dirname(os.path.join(OUT, path)), exist_ok=True)
    writer = writer_class()
    if big_endian:
        writer.SetByteOrderToBigEndian()
    writer.SetInputData(data)
    writer.SetFileName(os.path.join(OUT, path))
    configure(writer, encoding, compressor, header)
    assert writer.Write() == 1, path
    return path


def write_parallel(writer_class, producer_port, path, pieces, encoding, compressor):
    os.makedirs(os.path.dirname(os.path.join(OUT, path)), exist_ok=True)
    writer = writer_class()
    writer.SetInputConnection(producer_port)
    writer.SetFileName(os.path.join(OUT, path))
    writer.SetNumberOfPieces(pieces)
    writer.SetStartPiece(0)
    writer.SetEndPiece(pieces - 1)
    configure(writer, encoding, compressor, 'UInt64')
    assert writer.Write() == 1, path
    return path


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    files = []
    for ext, (writer_class, make) in SERIAL.items():
        data = make()
        files.append(write(writer_class, data, f'{ext}/ascii.{ext}', 'ascii'))
        for encoding in ENCODINGS[1:]:
            for compressor in COMPRESSORS:
                for header in HEADERS:
                    files.append(write(writer_class, data, f'{ext}/{encoding}_{compressor}_{header}.{ext}', encoding, compressor, header))
        files.append(write(writer_class, data, f'{ext}/bigendian_binary_zlib_UInt32.{ext}', 'binary', 'zlib', 'UInt32', True))
        files.append(write(writer_class, data, f'{ext}/bigendian_appended-raw_none_UInt64.{ext}', 'appended-raw', 'none', 'UInt64', True))

    # Parallel forms: pieces from sources that split by piece/extent.
    source = vtkRTAnalyticSource()
    source.SetWholeExtent(*EXTENT)
    to_points = vtkImageDataToPointSet()
    to_points.SetInputConnection(source.GetOutputPort())
    triangles = vtkDataSetTriangleFilter()
    triangles.SetInputConnection(source.GetOutputPort())
    sphere = vtkSphereSource()
    sphere.SetThetaResolution(16)
    sphere.SetPhiResolution(10)
    rect = vtkTrivialProducer()
    rect.SetOutput(rectilinear())
    for encoding, compressor in [('appended-raw', 'none'), ('binary', 'zlib')]:
        tag = f'{encoding}_{compressor}'
        files.append(write_parallel(vtkXMLPImageDataWriter, source.GetOutputPort(), f'parallel/{tag}.pvti', 3, encoding, compressor))
        files.append(write_parallel(vtkXMLPStructuredGridWriter, to_points.GetOutputPort(), f'parallel/{tag}.pvts', 2, encoding, compressor))
        files.append(write_parallel(vtkXMLPRectilinearGridWriter, rect.GetOutputPort(), f'parallel/{tag}.pvtr', 2, encoding, compressor))
        files.append(write_parallel(vtkXMLPUnstructuredGridWriter, triangles.GetOutputPort(), f'parallel/{tag}.pvtu', 2, encoding, compressor))
        files.append(write_parallel(vtkXMLPPolyDataWriter, sphere.GetOutputPort(), f'parallel/{tag}.pvtp', 2, encoding, compressor))

    # Multiblock: image, poly, a nested block (unstructured grid + an empty block), structured grid.
    nested = vtkMultiBlockDataSet()
    nested.SetBlock(0, unstructured())
    nested.GetMetaData(0).Set(vtkCompositeDataSet.NAME(), 'cells')
    nested.SetBlock(1, None)
    nested.GetMetaData(1).Set(vtkCompositeDataSet.NAME(), 'nothing')
    mb = vtkMultiBlockDataSet()
    for i, (name, block) in enumerate([('image', wavelet()), ('sphere', poly()), ('nested', nested), ('curvilinear', structured())]):
        mb.SetBlock(i, block)
        mb.GetMetaData(i).Set(vtkCompositeDataSet.NAME(), name)
    files.append(write(vtkXMLMultiBlockDataWriter, mb, 'multiblock/blocks.vtm', 'appended-raw', 'zlib'))

    # A .pvd series: three steps of a poly data, the second with two parts.
    series = []
    for step, time in enumerate([0.0, 0.5, 2.0]):
        data = poly()
        data.GetPointData().GetArray('Elevation').SetName('Elevation')
        scale = vtkTransform()
        scale.Scale(1 + step, 1, 1)
        moved = vtkTransformFilter()
        moved.SetTransform(scale)
        moved.SetInputData(data)
        moved.Update()
        series.append((time, 0, write(vtkXMLPolyDataWriter, moved.GetOutput(), f'series/step_{step}.vtp', 'appended-raw', 'zlib')))
        if step == 1:
            series.append((time, 1, write(vtkXMLUnstructuredGridWriter, unstructured(), f'series/step_{step}_part1.vtu', 'binary', 'none')))
    with open(os.path.join(OUT, 'series.pvd'), 'w') as pvd:
        pvd.write('<?xml version="1.0"?>\n<VTKFile type="Collection" version="0.1" byte_order="LittleEndian">\n  <Collection>\n')
        for time, part, path in series:
            pvd.write(f'    <DataSet timestep="{time!r}" group="" part="{part}" file="{path}"/>\n')
        pvd.write('  </Collection>\n</VTKFile>\n')

    results = {}
    for path in files:
        reader = OpenDataFile(os.path.join(OUT, path))
        results[path] = figures(reader)
    reader = OpenDataFile(os.path.join(OUT, 'series.pvd'))
    steps = list(reader.TimestepValues)
    results['series.pvd'] = {'timesteps': steps, 'steps': {repr(t): figures(reader, t) for t in steps}}
    with open('formats_figures.json', 'w') as out:
        json.dump({'paraview': servermanager.vtkSMProxyManager.GetParaViewSourceVersion(), 'files': results}, out, indent=1, sort_keys=True)
    print(f'{len(results)} files')


main()
