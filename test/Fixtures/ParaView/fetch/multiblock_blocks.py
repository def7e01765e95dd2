# ParaView 5.11's block structure of the fixture multiblocks, as a client fetching them sees it:
# `pvpython --force-offscreen-rendering multiblock_blocks.py > multiblock_blocks.json`, run in this folder.
# For each pipeline: ParaView's data information totals and, from the fetched vtkMultiBlockDataSet,
# every block's name, class, points and cells (nested multiblocks recursively, empty blocks as null).
import json, os
from paraview.simple import *
from paraview import servermanager

HERE = os.path.dirname(os.path.abspath(__file__))

def blocks(mb):
    result = []
    for i in range(mb.GetNumberOfBlocks()):
        data = mb.GetBlock(i)
        name = mb.GetMetaData(i).Get(mb.NAME()) if mb.HasMetaData(i) and mb.GetMetaData(i).Has(mb.NAME()) else None
        if data is None:
            result.append({"name": name, "type": None})
        elif data.IsA("vtkMultiBlockDataSet"):
            result.append({"name": name, "type": data.GetClassName(), "blocks": blocks(data)})
        else:
            result.append({"name": name, "type": data.GetClassName(), "points": data.GetNumberOfPoints(), "cells": data.GetNumberOfCells()})
    return result

def figures(proxy):
    proxy.UpdatePipeline()
    info = proxy.GetDataInformation()
    fetched = servermanager.Fetch(proxy)
    return {"type": fetched.GetClassName(),
            "points": info.GetNumberOfPoints(), "cells": info.GetNumberOfCells(), "blocks": blocks(fetched)}

out = {}
nested = XMLMultiBlockDataReader(FileName=[os.path.join(HERE, "..", "Formats", "multiblock", "blocks.vtm")])
out["Formats/multiblock/blocks.vtm"] = figures(nested)
out["Formats/multiblock/blocks.vtm|ShrinkFilter"] = figures(Shrink(Input=nested))
flat = XMLMultiBlockDataReader(FileName=[os.path.join(HERE, "..", "readers", "blocks.vtm")])
out["readers/blocks.vtm"] = figures(flat)
out["paraview"] = servermanager.vtkSMProxyManager.GetParaViewSourceVersion()
print(json.dumps(out, indent=1, sort_keys=True))
