# Run with: pvpython --force-offscreen-rendering <this script> > output.txt (ParaView 5.11.0).
from paraview.simple import *
from paraview import servermanager as sm
import collections, json
def info(name, src):
    src.UpdatePipeline()
    d = sm.Fetch(src)
    types = collections.Counter()
    if d.IsA('vtkUnstructuredGrid') or d.IsA('vtkPolyData'):
        for i in range(d.GetNumberOfCells()): types[d.GetCellType(i)] += 1
    pd = d.GetPointData()
    arrs = {}
    for i in range(pd.GetNumberOfArrays()):
        a = pd.GetArray(i); arrs[a.GetName()] = [a.GetRange(c) for c in range(a.GetNumberOfComponents())]
    cd = d.GetCellData()
    for i in range(cd.GetNumberOfArrays()):
        a = cd.GetArray(i); arrs['cell:'+a.GetName()] = [a.GetRange(c) for c in range(a.GetNumberOfComponents())]
    pts = d.GetPoints().GetDataType() if hasattr(d,'GetPoints') and d.GetPoints() else None
    print(json.dumps({'case':name,'class':d.GetClassName(),'points':d.GetNumberOfPoints(),'cells':d.GetNumberOfCells(),'bounds':d.GetBounds(),'types':dict(types),'ptype':pts,'arrays':arrs}))
w = Wavelet(WholeExtent=[-16,15,-16,15,-16,15])
def clip(name, **kw):
    c = Clip(Input=w)
    ct = kw.pop('ClipType', 'Plane')
    c.ClipType = ct
    if ct == 'Plane':
        c.ClipType.Origin = kw.pop('Origin'); c.ClipType.Normal = kw.pop('Normal')
    elif ct == 'Sphere':
        c.ClipType.Center = kw.pop('Center'); c.ClipType.Radius = kw.pop('Radius')
    for k,v in kw.items(): setattr(c,k,v)
    info(name, c); return c
clip('clip_x0', Origin=[0,0,0], Normal=[1,0,0])
clip('clip_x0_noinvert', Origin=[0,0,0], Normal=[1,0,0], Invert=0)
clip('clip_x05', Origin=[0.5,0,0], Normal=[1,0,0])
clip('clip_x05_noinvert', Origin=[0.5,0,0], Normal=[1,0,0], Invert=0)
c111=clip('clip_111', Origin=[0.3,0.2,0.1], Normal=[1,1,1])
clip('clip_111_noinvert', Origin=[0.3,0.2,0.1], Normal=[1,1,1], Invert=0)
clip('clip_x05_crinkle', Origin=[0.5,0,0], Normal=[1,0,0], Crinkleclip=1)
clip('clip_111_crinkle', Origin=[0.3,0.2,0.1], Normal=[1,1,1], Crinkleclip=1)
clip('clip_111_crinkle_noinvert', Origin=[0.3,0.2,0.1], Normal=[1,1,1], Crinkleclip=1, Invert=0)
clip('clip_scalar150', ClipType='Scalar', Scalars=['POINTS','RTData'], Value=150)
clip('clip_scalar150_noinvert', ClipType='Scalar', Scalars=['POINTS','RTData'], Value=150, Invert=0)
clip('clip_sphere', ClipType='Sphere', Center=[1,2,3], Radius=9.5)
def thr(name, **kw):
    t = Threshold(Input=w, Scalars=['POINTS','RTData'])
    for k,v in kw.items(): setattr(t,k,v)
    info(name, t); return t
thr('thr', LowerThreshold=100, UpperThreshold=200)
thr('thr_invert', LowerThreshold=100, UpperThreshold=200, Invert=1)
thr('thr_any', LowerThreshold=100, UpperThreshold=200, AllScalars=0)
thr('thr_cont', LowerThreshold=100, UpperThreshold=200, AllScalars=0, UseContinuousCellRange=1)
thr('thr_below', LowerThreshold=100, UpperThreshold=200, ThresholdMethod=1)
thr('thr_above', LowerThreshold=100, UpperThreshold=200, ThresholdMethod=2)
thr('thr_above_invert', LowerThreshold=100, UpperThreshold=200, ThresholdMethod=2, Invert=1)
info('surf_wavelet', ExtractSurface(Input=w))
c0 = Clip(Input=w); c0.ClipType.Origin=[0,0,0]; c0.ClipType.Normal=[1,0,0]
info('surf_clip_x0', ExtractSurface(Input=c0))
info('surf_clip_111', ExtractSurface(Input=c111))
t = Threshold(Input=w, Scalars=['POINTS','RTData'], LowerThreshold=100, UpperThreshold=200)
info('surf_thr', ExtractSurface(Input=t))
