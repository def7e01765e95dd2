namespace OrleansPV.Definitions;

/// <summary>The element type of a property, from its XML element name.</summary>
public enum PropertyKind
{
    /// <summary><c>IntVectorProperty</c>.</summary>
    Int,

    /// <summary><c>DoubleVectorProperty</c>.</summary>
    Double,

    /// <summary><c>IdTypeVectorProperty</c> (64-bit).</summary>
    IdType,

    /// <summary><c>StringVectorProperty</c>.</summary>
    String,

    /// <summary><c>InputProperty</c>: pipeline connections (proxy and output port).</summary>
    Input,

    /// <summary><c>ProxyProperty</c>: references to other proxies.</summary>
    Proxy,
}
