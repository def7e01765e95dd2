import os, xml.etree.ElementTree as ET
here = os.path.dirname(os.path.abspath(__file__))
want_internal = {"legacyreader","XMLPolyDataReaderCore","XMLUnstructuredGridReaderCore","XMLImageDataReaderCore","XMLStructuredGridReaderCore","XMLRectilinearGridReaderCore","XMLPPolyDataReaderCore","XMLPUnstructuredGridReaderCore","XMLPImageDataReaderCore","XMLPStructuredGridReaderCore","XMLPRectilinearGridReaderCore","XMLMultiBlockDataReaderCore"}
want_sources = ["LegacyVTKFileReader","XMLPolyDataReader","XMLUnstructuredGridReader","XMLImageDataReader","XMLStructuredGridReader","XMLRectilinearGridReader","XMLPPolyDataReader","XMLPUnstructuredGridReader","XMLPImageDataReader","XMLPStructuredGridReader","XMLPRectilinearGridReader","XMLMultiBlockDataReader","PVDReader"]
drop = {"TimeArrayInfo","TimeArray","PieceDistribution"}
internal, sources = {}, {}
for f in ["readers_ioparallel.xml","readers_ioxml.xml","readers_pv_iocore.xml"]:
    root = ET.parse(os.path.join(here, f)).getroot()
    for group in root.findall("ProxyGroup"):
        for p in group:
            n = p.get("name")
            if group.get("name")=="internal_sources" and n in want_internal: internal[n]=p
            if group.get("name")=="sources" and n in want_sources: sources[n]=p
def clean(p):
    for child in list(p):
        if child.get("name") in drop or child.tag == "PropertyGroup": p.remove(child)
        if child.tag=="SubProxy":
            for ex in child.findall("ExposedProperties"):
                for e in list(ex):
                    if e.get("name") in drop: ex.remove(e)
    return p
out = ET.Element("ServerManagerConfiguration")
out.text="\n  "
c = ET.Comment(" ParaView 5.11.2's reader proxies (readers_ioxml.xml, readers_ioparallel.xml, readers_pv_iocore.xml), without the\n       time-array and piece-distribution properties OrleansPV does not implement and the panel's property groups. Made by make_readers_xml.py. ")
out.append(c)
gi = ET.SubElement(out,"ProxyGroup",{"name":"internal_sources"})
for n in sorted(internal, key=lambda k: sorted(want_internal).index(k)): gi.append(clean(internal[n]))
gs = ET.SubElement(out,"ProxyGroup",{"name":"sources"})
for n in want_sources: gs.append(clean(sources[n]))
missing = (want_internal-set(internal)) | (set(want_sources)-set(sources))
assert not missing, missing
ET.indent(out, "  ")
open(os.path.join(here, "..", "..", "..", "Definitions", "Xml", "readers.xml"), "w").write(ET.tostring(out, encoding="unicode")+"\n")
