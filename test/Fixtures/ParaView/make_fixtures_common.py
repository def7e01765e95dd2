"""Data information as ParaView reports it, for the fixture scripts."""


def arrays(collection):
    result = []
    for i in range(collection.GetNumberOfArrays()):
        a = collection.GetArray(i)
        n = a.GetNumberOfComponents()
        ranges = [list(a.GetRange(c)) for c in range(n)]
        if n > 1:
            ranges.append(list(a.GetRange(-1)))
        result.append({'name': a.GetName(), 'components': n, 'type': a.GetDataType(), 'ranges': ranges})
    return result


def figures(proxy, time=None):
    if time is None:
        proxy.UpdatePipeline()
    else:
        proxy.UpdatePipeline(time)
    info = proxy.GetDataInformation()
    return {
        'type': info.GetDataSetTypeAsString(),
        'points': info.GetNumberOfPoints(),
        'cells': info.GetNumberOfCells(),
        'bounds': list(info.GetBounds()),
        'point_arrays': arrays(proxy.PointData),
        'cell_arrays': arrays(proxy.CellData),
        'field_arrays': arrays(proxy.FieldData),
    }
