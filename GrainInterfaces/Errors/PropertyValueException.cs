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
        ProxyLabel = proxyLabel;
        PropertyName = propertyName;
        Reason = reason;
    }

    public string? ProxyLabel { get; }

    public string? PropertyName { get; }

    public string? Reason { get; }
}
