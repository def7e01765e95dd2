namespace OrleansPV;

/// <summary>
/// A property value was refused: wrong type, wrong number of elements, outside a domain,
/// or an information-only property. The message reads "Proxy.Property: reason".
/// </summary>
public class PropertyValueException : OrleansPVException
{
    public PropertyValueException()
    {
    }

    public PropertyValueException(string message)
        : base(message)
    {
    }

    public PropertyValueException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public PropertyValueException(string proxyLabel, string propertyName, string reason)
        : base($"{proxyLabel}.{propertyName}: {reason}")
    {
        Data[nameof(ProxyLabel)] = proxyLabel;
        Data[nameof(PropertyName)] = propertyName;
        Data[nameof(Reason)] = reason;
    }

    // The details live in Data: Orleans' exception codec carries Data across the cluster, and this
    // assembly stays free of Orleans' serialization attributes.
    public string? ProxyLabel => Data[nameof(ProxyLabel)] as string;

    public string? PropertyName => Data[nameof(PropertyName)] as string;

    public string? Reason => Data[nameof(Reason)] as string;
}
