"""Reads each file given on the command line REPEATS times with VTK's XML readers (what ParaView's reader
proxies run) and prints one line per read: '<file>\t<milliseconds>'. The first read of each file warms the
page cache and is printed too (the harness drops it).  usage: pvpython read_files.py REPEATS FILE...
"""
import sys
import time
from vtkmodules.vtkIOXML import vtkXMLImageDataReader, vtkXMLUnstructuredGridReader

READERS = {'.vti': vtkXMLImageDataReader, '.vtu': vtkXMLUnstructuredGridReader}

repeats = int(sys.argv[1])
for path in sys.argv[2:]:
    for _ in range(repeats + 1):
        reader = READERS[path[path.rfind('.'):]]()
        reader.SetFileName(path)
        start = time.perf_counter()
        reader.Update()
        elapsed = (time.perf_counter() - start) * 1000
        assert reader.GetOutput().GetNumberOfPoints() > 0, path
        print(f'{path}\t{elapsed:.3f}', flush=True)
        del reader
