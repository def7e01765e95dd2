import os
from vtkmodules.vtkCommonCore import (vtkCharArray, vtkSignedCharArray, vtkUnsignedCharArray, vtkShortArray, vtkUnsignedShortArray,
    vtkIntArray, vtkUnsignedIntArray, vtkLongLongArray, vtkUnsignedLongLongArray, vtkIdTypeArray, vtkFloatArray, vtkDoubleArray, vtkLongArray, vtkPoints)
from vtkmodules.vtkCommonDataModel import vtkImageData, vtkPolyData, vtkUnstructuredGrid, vtkCellArray
from vtkmodules.vtkIOLegacy import vtkDataSetWriter, vtkPolyDataWriter, vtkUnstructuredGridWriter, vtkStructuredPointsWriter
from vtkmodules.vtkIOXML import vtkXMLImageDataWriter, vtkXMLPolyDataWriter, vtkXMLUnstructuredGridWriter
# Run with ParaView 5.11's pvpython: pvpython generate.py (writes the files beside this script).
out = os.path.dirname(os.path.abspath(__file__))
os.makedirs(out, exist_ok=True)

def typed_arrays(n, legacy):
    arrays = []
    specs = [('int8', vtkSignedCharArray, lambda i: (i * 7) % 256 - 128),
             ('uint8', vtkUnsignedCharArray, lambda i: (i * 7) % 256),
             ('int16', vtkShortArray, lambda i: (i * 1001) % 65536 - 32768),
             ('uint16', vtkUnsignedShortArray, lambda i: (i * 1001) % 65536),
             ('int32', vtkIntArray, lambda i: (i * 1000003) % 4294967296 - 2147483648),
             ('uint32', vtkUnsignedIntArray, lambda i: (i * 1000003) % 4294967296),
             ('int64', vtkLongLongArray, lambda i: (i * 100000000003) - 2**62),
             ('uint64', vtkUnsignedLongLongArray, lambda i: i * 100000000003),
             ('idtype', vtkIdTypeArray, lambda i: i * 1000 - 5000),
             ('float32', vtkFloatArray, lambda i: i * 0.1 - 3.7),
             ('float64', vtkDoubleArray, lambda i: i / 3.0 - 1e-9)]
    for name, cls, f in specs:
        a = cls(); a.SetName(name); a.SetNumberOfComponents(2); a.SetNumberOfTuples(n)
        for i in range(2 * n):
            a.SetValue(i, f(i))
        arrays.append(a)
    return arrays

def image():
    im = vtkImageData(); im.SetExtent(0, 3, 0, 2, 0, 1); im.SetOrigin(1, 2, 3); im.SetSpacing(0.5, 0.25, 2)
    for a in typed_arrays(im.GetNumberOfPoints(), False): im.GetPointData().AddArray(a)
    return im

def poly(legacy):
    p = vtkPolyData(); pts = vtkPoints(); pts.SetDataTypeToDouble()
    for i in range(8): pts.InsertNextPoint(i * 0.5, (i % 3) * 1.5, (i % 2) * -1.0)
    p.SetPoints(pts)
    verts = vtkCellArray(); verts.InsertNextCell(1); verts.InsertCellPoint(0); verts.InsertNextCell(2); verts.InsertCellPoint(1); verts.InsertCellPoint(2)
    lines = vtkCellArray(); lines.InsertNextCell(3); [lines.InsertCellPoint(k) for k in (2, 3, 4)]
    polys = vtkCellArray(); polys.InsertNextCell(3); [polys.InsertCellPoint(k) for k in (0, 1, 2)]; polys.InsertNextCell(4); [polys.InsertCellPoint(k) for k in (3, 4, 5, 6)]
    strips = vtkCellArray(); strips.InsertNextCell(5); [strips.InsertCellPoint(k) for k in (3, 4, 5, 6, 7)]
    p.SetVerts(verts); p.SetLines(lines); p.SetPolys(polys); p.SetStrips(strips)
    for a in typed_arrays(p.GetNumberOfCells(), legacy): p.GetCellData().AddArray(a)
    return p

def grid(legacy):
    g = vtkUnstructuredGrid(); pts = vtkPoints()
    for i in range(10): pts.InsertNextPoint(i, i * i * 0.1, -i)
    g.SetPoints(pts)
    g.Allocate()
    from vtkmodules.vtkCommonCore import vtkIdList
    for ctype, ids in ((10, (0, 1, 2, 3)), (12, (0, 1, 2, 3, 4, 5, 6, 7)), (5, (7, 8, 9)), (14, (1, 2, 3, 4, 9)), (13, (0, 1, 2, 3, 4, 5))):
        l = vtkIdList()
        for k in ids: l.InsertNextId(k)
        g.InsertNextCell(ctype, l)
    for a in typed_arrays(g.GetNumberOfPoints(), legacy): g.GetPointData().AddArray(a)
    return g

for version, tag in ((42, 'v42'), (51, 'v51')):
    for ftype, ft in ((1, 'ascii'), (2, 'binary')):
        for name, ds in (('image', image()), ('poly', poly(True)), ('grid', grid(True))):
            if name == 'image':
                ds = image()
                # legacy: no 'char' (VTK writes it as char, reads back signed/unsigned ambiguously)
            w = {'image': vtkStructuredPointsWriter, 'poly': vtkPolyDataWriter, 'grid': vtkUnstructuredGridWriter}[name](); w.SetInputData(ds); w.SetFileName(f'{out}/{name}_{tag}_{ft}.vtk'); w.SetFileType(ftype)
            w.SetFileVersion(version)
            w.Write()

xml = {'image': (vtkXMLImageDataWriter, image, 'vti'), 'poly': (vtkXMLPolyDataWriter, lambda: poly(False), 'vtp'), 'grid': (vtkXMLUnstructuredGridWriter, lambda: grid(False), 'vtu')}
for name, (cls, make, ext) in xml.items():
    for variant in ('ascii', 'binary_be_u32', 'appended_base64_zlib', 'appended_raw_be'):
        w = cls(); w.SetInputData(make()); w.SetFileName(f'{out}/{name}_{variant}.{ext}')
        if variant == 'ascii': w.SetDataModeToAscii()
        if variant == 'binary_be_u32': w.SetDataModeToBinary(); w.SetByteOrderToBigEndian(); w.SetHeaderTypeToUInt32(); w.SetCompressorTypeToNone()
        if variant == 'appended_base64_zlib': w.SetDataModeToAppended(); w.EncodeAppendedDataOn(); w.SetCompressorTypeToZLib(); w.SetBlockSize(64)
        if variant == 'appended_raw_be': w.SetDataModeToAppended(); w.EncodeAppendedDataOff(); w.SetByteOrderToBigEndian(); w.SetCompressorTypeToNone()
        w.Write()
print('ok')
