# Writes sources_filters_exact.json: exact values ParaView 5.11 produces for small pipelines of the
# sources and filters in Processing/Sources and Processing/Filters. Regenerate with:
#   pvbatch --force-offscreen-rendering exact_values_probe.py <output.json>
import json, math, sys
import numpy as np
from paraview.simple import *
from paraview import servermanager as sm
from vtk.numpy_interface import dataset_adapter as dsa
from vtkmodules.vtkFiltersSources import vtkPlaneSource, vtkSphereSource

def fetch(proxy):
    proxy.UpdatePipeline()
    return sm.Fetch(proxy)

def values(array):
    return [None if math.isnan(x) else float(x) for x in np.asarray(array, dtype=np.float64).ravel()]

def points(data):
    return values(dsa.WrapDataObject(data).Points)

def point_array(data, name):
    return values(dsa.WrapDataObject(data).PointData[name])

out = {}
d = fetch(Wavelet(WholeExtent=[-2, 2, -1, 1, 0, 3], Center=[0.3, -0.2, 1.1], Maximum=100, XFreq=7, YFreq=11, ZFreq=13,
                  XMag=1.5, YMag=2.5, ZMag=3.5, StandardDeviation=0.75))
out['wavelet_custom_RTData'] = point_array(d, 'RTData')
d = fetch(Wavelet(WholeExtent=[-10, 10, -7, 9, -5, 5], SubsampleRate=3))
out['wavelet_subsampled_extent'] = list(d.GetExtent())
out['wavelet_subsampled_RTData'] = point_array(d, 'RTData')

sphere = Sphere(ThetaResolution=7, PhiResolution=5, StartTheta=10, EndTheta=300, StartPhi=20, EndPhi=180, Radius=1.3, Center=[1, 2, 3])
d = fetch(sphere)
out['sphere_partial_points'] = points(d)
out['sphere_partial_Normals'] = point_array(d, 'Normals')
s = vtkSphereSource(); s.SetThetaResolution(9); s.SetPhiResolution(6); s.SetLatLongTessellation(1); s.SetStartTheta(300); s.SetEndTheta(100); s.Update()
o = s.GetOutput()
out['sphere_latlong_points'] = points(o)
out['sphere_latlong_cells'] = [[o.GetCell(i).GetPointIds().GetId(k) for k in range(o.GetCell(i).GetNumberOfPoints())] for i in range(o.GetNumberOfCells())]

cone = Cone(Resolution=7, Height=2, Radius=0.7, Center=[1, -2, 0.5], Direction=[-1, 2, 0.5])
out['cone_moved_points'] = points(fetch(cone))

d = fetch(Plane(Origin=[0, 0, 0], Point1=[2, 0.5, 0], Point2=[0, 1, 3], XResolution=3, YResolution=2))
out['plane_points'] = points(d)
out['plane_Normals'] = point_array(d, 'Normals')
out['plane_TextureCoordinates'] = point_array(d, 'TextureCoordinates')
p = vtkPlaneSource(); p.SetOrigin(0, 0, 0); p.SetPoint1(2, 0.5, 0); p.SetPoint2(0, 1, 3); p.SetResolution(2, 2); p.SetCenter(1, -1, 0.5); p.SetNormal(0.3, -0.4, 0.8); p.Update()
out['plane_centered_turned_points'] = points(p.GetOutput())
out['plane_centered_turned_Normals'] = point_array(p.GetOutput(), 'Normals')

out['elevation_sphere'] = point_array(fetch(Elevation(Input=sphere, LowPoint=[0, 1, 2], HighPoint=[2, 3, 5], ScalarRange=[-1, 4])), 'Elevation')
out['shrink_sphere_points'] = points(fetch(Shrink(Input=sphere, ShrinkFactor=0.3)))
out['outline_cone_points'] = points(fetch(Outline(Input=cone)))

small = Wavelet(WholeExtent=[-2, 2, -2, 2, -2, 2])
calculations = {
    'vector': 'cross(coords, iHat*RTData) + norm(coords+jHat)*2^-1 + sqrt(RTData)^3*kHat',
    'scalar': 'ln(coordsX) + RTData^2.5 + min(coordsY, coordsZ)*abs(coordsZ) - 2coordsY',
    'powers': 'RTData^7 - RTData^-3 + RTData^13 + (RTData/100)^0.5 + -2^2',
    'extras': 'log2(RTData)+round(coordsX*0.75)+round(-RTData/10)+cot(RTData)+sec(coordsY)+csc(RTData)+atan2(coordsY,coordsX)+hypot(coordsZ,RTData)+2(coordsX)coordsY',
    'functions': 'sign(coordsX-0.5)*log10(RTData)*exp(-coordsY)+floor(RTData/7)-ceil(coordsZ/2)+atan(coordsX)+tanh(coordsY)+acos(coordsZ/3)+asin(coordsY/3)+sinh(coordsX)+cosh(coordsY)+tan(coordsZ)+max(coordsX,coordsY)+dot(coords,coords+iHat)+mag(coords)',
}
for key, function in calculations.items():
    out['calculator_' + key] = point_array(fetch(Calculator(Input=small, Function=function, ResultArrayName='R')), 'R')
out['calculator_not_replaced'] = point_array(fetch(Calculator(Input=small, Function='(coordsX)coordsY + 1/coordsZ', ResultArrayName='R', ReplaceInvalidResults=0)), 'R')
cells = PointDatatoCellData(Input=small)
out['cell_RTData'] = values(dsa.WrapDataObject(fetch(cells)).CellData['RTData'])
out['calculator_cells_int'] = values(dsa.WrapDataObject(fetch(Calculator(Input=cells, AttributeType='Cell Data', Function='RTData*3-1', ResultArrayName='R', ResultArrayType='Int'))).CellData['R'])
d = fetch(Calculator(Input=Shrink(Input=Wavelet(WholeExtent=[-1, 1, -1, 1, -1, 1])), Function='coords*2 + RTData*iHat', CoordinateResults=1, ResultArrayName='R'))
out['calculator_coordinates_points'] = points(d)
json.dump(out, open(sys.argv[1], 'w'))
