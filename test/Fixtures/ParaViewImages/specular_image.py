from paraview.simple import *
v = CreateRenderView(); v.ViewSize=[800,600]; v.OrientationAxesVisibility=0
s = Sphere(ThetaResolution=32, PhiResolution=32)
d = Show(s, v); d.ColorArrayName=['POINTS','']; d.Specular=1.0; d.SpecularPower=20.0; d.Ambient=0.1; d.DiffuseColor=[0.2,0.6,1.0]
v.ResetCamera(); v.GetActiveCamera().Azimuth(30); v.GetActiveCamera().Elevation(20); v.ResetCamera(); Render(v)
SaveScreenshot("sphere_specular.png", v, ImageResolution=[800,600])
print(list(v.CameraPosition))
