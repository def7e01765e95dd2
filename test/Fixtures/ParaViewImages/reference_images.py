import json
from paraview.simple import *
v = CreateRenderView(); v.ViewSize=[800,600]; v.OrientationAxesVisibility=0
s = Sphere(ThetaResolution=32, PhiResolution=32)
d = Show(s, v); d.Representation='Surface With Edges'; d.ColorArrayName=['POINTS','']
v.ResetCamera(); Render(v)
SaveScreenshot("swe_fxaa.png", v, ImageResolution=[800,600])
v.UseFXAA=0; Render(v)
SaveScreenshot("swe_nofxaa.png", v, ImageResolution=[800,600])
d.Representation='Surface'; ColorBy(d, ('POINTS','Normals','Z')); d.RescaleTransferFunctionToDataRange(True)
lut=GetColorTransferFunction('Normals'); print(lut.VectorMode, lut.VectorComponent, lut.RGBPoints)
Render(v); SaveScreenshot("sphere_normalsz_nofxaa.png", v, ImageResolution=[800,600])
v.UseFXAA=1; Render(v); SaveScreenshot("sphere_normalsz.png", v, ImageResolution=[800,600])
print(list(v.CameraPosition), v.CameraClippingRange if hasattr(v,'CameraClippingRange') else v.GetActiveCamera().GetClippingRange())
