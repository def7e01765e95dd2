namespace OrleansPV;

/// <summary>
/// A property value was refused: wrong type, wrong number of elements, outside a domain,
/// or an information-only property. The message reads "Proxy.Property: reason".
/// </summary>
[GenerateSerializer, Alias("opv.PropertyValueException")]
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

    [Id(0)]
    public string? ProxyLabel { get; }

    [Id(1)]
    public string? PropertyName { get; }

    [Id(2)]
    public string? Reason { get; }
}
