namespace OrleansPV.Processing.IO;

/// <summary>How arrays are stored (VTK XML's <c>format</c>; legacy files know only ASCII and BINARY).</summary>
public enum VtkDataMode
{
    /// <summary>Text numbers.</summary>
    Ascii,

    /// <summary>XML: base64 inside each DataArray. Legacy: BINARY.</summary>
    Binary,

    /// <summary>XML: raw bytes in one &lt;AppendedData&gt; section (ParaView's default). Legacy: BINARY.</summary>
    Appended,
}
