from paraview.simple import *
v = CreateRenderView(); v.ViewSize=[800,600]; v.OrientationAxesVisibility=0
s = Sphere(ThetaResolution=32, PhiResolution=32)
d = Show(s, v); d.ColorArrayName=['POINTS','']
v.ResetCamera(); v.GetActiveCamera().Azimuth(30); v.GetActiveCamera().Elevation(20); v.ResetCamera()
print(list(v.CameraPosition), list(v.CameraFocalPoint), list(v.CameraViewUp))
for fx in (1, 0):
    v.UseFXAA = fx; sfx = "" if fx else "_nofxaa"
    d.Representation='Wireframe'; Render(v); SaveScreenshot("sphere_wireframe"+sfx+".png", v, ImageResolution=[800,600])
    d.Representation='Points'; Render(v); SaveScreenshot("sphere_points"+sfx+".png", v, ImageResolution=[800,600])
    d.Representation='Surface'; d.Opacity=0.5; Render(v); SaveScreenshot("sphere_opacity05"+sfx+".png", v, ImageResolution=[800,600])
    d.Opacity=1.0; v.CameraParallelProjection=1; Render(v); SaveScreenshot("sphere_parallel"+sfx+".png", v, ImageResolution=[800,600]); print("ps", v.CameraParallelScale)
    v.CameraParallelProjection=0
    d.Representation='Outline'; Render(v); SaveScreenshot("sphere_outline"+sfx+".png", v, ImageResolution=[800,600])
    d.Representation='Surface'; d.Interpolation='Flat'; Render(v); SaveScreenshot("sphere_flat"+sfx+".png", v, ImageResolution=[800,600]); d.Interpolation='Gouraud'
