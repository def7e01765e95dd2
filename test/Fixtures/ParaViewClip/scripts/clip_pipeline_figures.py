# Run with: pvpython --force-offscreen-rendering <this script> > output.txt (ParaView 5.11.0).
from paraview.simple import *
from paraview import servermanager as sm
import collections, json
def info(name, src):
    src.UpdatePipeline()
    d = sm.Fetch(src)
    types = collections.Counter(d.GetCellType(i) for i in range(d.GetNumberOfCells()))
    a = d.GetPointData().GetArray('RTData')
    print(json.dumps({'case':name,'points':d.GetNumberOfPoints(),'cells':d.GetNumberOfCells(),'bounds':d.GetBounds(),'types':dict(sorted(types.items())),'ptype':d.GetPoints().GetDataType() if d.GetPoints() else None,'rt':a.GetRange() if a else None}))
w = Wavelet(WholeExtent=[-16,15,-16,15,-16,15])
c1 = Clip(Input=w); c1.ClipType='Plane'; c1.ClipType.Origin=[0.3,0.2,0.1]; c1.ClipType.Normal=[1,1,1]
c2 = Clip(Input=c1); c2.ClipType='Plane'; c2.ClipType.Origin=[0.5,0.25,0]; c2.ClipType.Normal=[1,-2,0.5]
info('clip_of_clip', c2)
c3 = Clip(Input=c1); c3.ClipType='Scalar'; c3.Scalars=['POINTS','RTData']; c3.Value=150
info('scalar_clip_of_clip', c3)
t = Threshold(Input=w, Scalars=['POINTS','RTData'], LowerThreshold=100, UpperThreshold=200)
c4 = Clip(Input=t); c4.ClipType='Plane'; c4.ClipType.Origin=[0.3,0.2,0.1]; c4.ClipType.Normal=[1,1,1]
info('clip_of_threshold', c4)
c5 = Clip(Input=t); c5.ClipType='Plane'; c5.ClipType.Origin=[0.3,0.2,0.1]; c5.ClipType.Normal=[1,1,1]; c5.Crinkleclip=1
info('crinkle_of_threshold', c5)
info('surf_clip_of_clip', ExtractSurface(Input=c2))
info('threshold_of_clip', Threshold(Input=c1, Scalars=['POINTS','RTData'], LowerThreshold=100, UpperThreshold=200))
c6 = Clip(Input=w); c6.ClipType='Cylinder'; c6.ClipType.Center=[1,2,3]; c6.ClipType.Axis=[1,1,0]; c6.ClipType.Radius=7.5
info('clip_cylinder', c6)
c7 = Clip(Input=w); c7.ClipType='Box'; c7.ClipType.Position=[-5,-4,-3]; c7.ClipType.Length=[10,9,8.5]
info('clip_box', c7)
print(c7.ClipType.ListProperties())
c8 = Clip(Input=w); c8.ClipType='Plane'; c8.ClipType.Origin=[0.3,0.2,0.1]; c8.ClipType.Normal=[1,1,1]; c8.Value=2.5; c8.UseValueAsOffset=1
info('clip_offset', c8)
