using System.Collections;

namespace OrleansPV.Processing.DataModel;

/// <summary>
/// Named arrays attached to points, cells or the whole data set (VTK's vtkPointData, vtkCellData,
/// vtkFieldData). Names are unique; adding an array with an existing name replaces it, as VTK does.
/// The active scalars/normals are tracked by name.
/// </summary>
public sealed class ArrayCollection : IReadOnlyList<DataArray>
{
    private readonly List<DataArray> _arrays = [];

    public int Count => _arrays.Count;

    public DataArray this[int index] => _arrays[index];

    /// <summary>Name of the active scalars array (VTK's SetActiveScalars), or null.</summary>
    public string? ActiveScalars { get; set; }

    /// <summary>Name of the active normals array, or null.</summary>
    public string? ActiveNormals { get; set; }

    /// <summary>Name of the active texture coordinates array (VTK's SetActiveTCoords), or null.</summary>
    public string? ActiveTCoords { get; set; }

    /// <summary>Name of the active vectors array (VTK's SetActiveVectors), or null.</summary>
    public string? ActiveVectors { get; set; }

    public void Add(DataArray array)
    {
        ArgumentNullException.ThrowIfNull(array);
        int existing = IndexOf(array.Name);
        if (existing >= 0)
        {
            _arrays[existing] = array;
        }
        else
        {
            _arrays.Add(array);
        }
    }

    public bool Remove(string name)
    {
        int index = IndexOf(name);
        if (index < 0)
        {
            return false;
        }

        _arrays.RemoveAt(index);
        return true;
    }

    public DataArray? Get(string name)
    {
        int index = IndexOf(name);
        return index < 0 ? null : _arrays[index];
    }

    public bool TryGet(string name, out DataArray array)
    {
        array = Get(name)!;
        return array is not null;
    }

    public DataArray? GetScalars() => ActiveScalars is null ? null : Get(ActiveScalars);

    public DataArray? GetNormals() => ActiveNormals is null ? null : Get(ActiveNormals);

    /// <summary>Copies the array references (not their values) and the active attributes from <paramref name="other"/>.</summary>
    public void ShallowCopy(ArrayCollection other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _arrays.Clear();
        _arrays.AddRange(other._arrays);
        ActiveScalars = other.ActiveScalars;
        ActiveNormals = other.ActiveNormals;
        ActiveTCoords = other.ActiveTCoords;
        ActiveVectors = other.ActiveVectors;
    }

    public long MemorySize
    {
        get
        {
            long size = 0;
            foreach (DataArray array in _arrays)
            {
                size += array.MemorySize;
            }

            return size;
        }
    }

    public IEnumerator<DataArray> GetEnumerator() => _arrays.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string name)
    {
        for (int i = 0; i < _arrays.Count; i++)
        {
            if (string.Equals(_arrays[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
