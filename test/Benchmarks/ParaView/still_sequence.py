"""ParaView's side of the cold-start still benchmark (dotnet run ... -- coldstart).

Renders the frame-filling still sequence of issue 12 with render + SaveScreenshot and prints the
stills/s, and lines "STILLS t1,t2,..." and "CPU c1,c2,..." of per-still wall and process CPU milliseconds that the benchmark reads.
Scene: Wavelet WholeExtent -128..127 (256^3), Contour of RTData at 157 (scalars computed), coloured
by RTData, 1024x768 view, camera 440 units from the centre looking along -z with +y up, then
Azimuth 18 before every still (the same path as test/Benchmarks/ColdStart/StillSequence.cs).

    xvfb-run -a pvpython test/Benchmarks/ParaView/still_sequence.py [stills]
"""
import os
import sys
import tempfile
import time

from paraview.simple import (ColorBy, Contour, GetActiveViewOrCreate, Render, SaveScreenshot,
                             Show, Wavelet, _DisableFirstRenderCameraReset)

STILLS = int(sys.argv[1]) if len(sys.argv) > 1 else 100
WIDTH, HEIGHT = 1024, 768
CENTRE = -0.5
DISTANCE = 440.0
AZIMUTH = 18.0

_DisableFirstRenderCameraReset()
wavelet = Wavelet(WholeExtent=[-128, 127, -128, 127, -128, 127])
contour = Contour(Input=wavelet, ContourBy=['POINTS', 'RTData'], Isosurfaces=[157.0], ComputeScalars=1)
start = time.perf_counter()
contour.UpdatePipeline()
info = contour.GetDataInformation()
print("# contour: %d cells in %.2f s (not timed below)" % (info.GetNumberOfCells(), time.perf_counter() - start))

view = GetActiveViewOrCreate('RenderView')
view.ViewSize = [WIDTH, HEIGHT]
display = Show(contour, view)
ColorBy(display, ('POINTS', 'RTData'))
display.RescaleTransferFunctionToDataRange(True, False)
camera = view.GetActiveCamera()
camera.SetFocalPoint(CENTRE, CENTRE, CENTRE)
camera.SetPosition(CENTRE, CENTRE, CENTRE + DISTANCE)
camera.SetViewUp(0, 1, 0)

times = []
cpu = []
with tempfile.TemporaryDirectory() as folder:
    for i in range(STILLS):
        t0 = time.perf_counter()
        c0 = time.process_time()
        camera.Azimuth(AZIMUTH)
        Render(view)
        SaveScreenshot(os.path.join(folder, "still_%03d.png" % i), view, ImageResolution=[WIDTH, HEIGHT])
        times.append((time.perf_counter() - t0) * 1000.0)
        cpu.append((time.process_time() - c0) * 1000.0)

print("# ParaView render + SaveScreenshot: %.2f stills/s over %d stills (1-20: %.2f/s)"
      % (len(times) * 1000.0 / sum(times), len(times), min(20, len(times)) * 1000.0 / sum(times[:20])))
print("STILLS " + ",".join("%.2f" % t for t in times))
print("CPU " + ",".join("%.2f" % t for t in cpu))
