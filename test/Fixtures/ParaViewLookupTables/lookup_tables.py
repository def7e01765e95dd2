from paraview.simple import *
import json
out={}
for name in ["Cool to Warm","Viridis (matplotlib)","Jet","Grayscale","Rainbow Uniform","X Ray"]:
    lut = GetColorTransferFunction('T'+str(len(out)))
    lut.ApplyPreset(name, True)
    lut.RescaleTransferFunction(-2.0, 6.0)
    o = lut.GetClientSideObject(); o.Build()
    vals=[-2.0, -1.0, 0.0, 0.123, 2.0, 3.3, 4.0, 5.99, 6.0]
    out[name]={"discretize": lut.Discretize, "n": lut.NumberOfTableValues, "map": [[v, None] for v in vals], "color": [[v, [o.GetRedValue(v),o.GetGreenValue(v),o.GetBlueValue(v)]] for v in vals]}
json.dump(out, open('lut.json','w'), indent=0)  # beside where the script runs
for k,v in out.items(): print(k, v['map'][:3], v['color'][2])
