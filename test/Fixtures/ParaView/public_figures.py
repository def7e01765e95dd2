"""Prints ParaView's data information for the public files in Public/ into public_figures.json.
Run from this folder:  pvpython --force-offscreen-rendering public_figures.py
"""
import json
from paraview.simple import OpenDataFile
from make_fixtures_common import figures

FILES = ['Bunny.vtp', 'StructuredGrid.vts', 'ex-blow_5.vtm', 'Cells/Wedge.vtu', 'Cells/Pyramid.vtu']
results = {f: figures(OpenDataFile('Public/' + f)) for f in FILES}
series = OpenDataFile('Public/PVD/paraview/dualSphereAnimation.pvd')
steps = list(series.TimestepValues)
results['PVD/paraview/dualSphereAnimation.pvd'] = {'timesteps': steps, 'steps': {repr(t): figures(series, t) for t in steps}}
with open('public_figures.json', 'w') as out:
    json.dump(results, out, indent=1, sort_keys=True)
print(len(results), 'files')
