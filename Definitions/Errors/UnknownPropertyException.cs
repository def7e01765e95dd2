namespace OrleansPV;

/// <summary>A proxy has no property of the given XML name or label.</summary>
public class UnknownPropertyException : OrleansPVException
{
    public UnknownPropertyException()
    {
    }

    public UnknownPropertyException(string message)
        : base(message)
    {
    }

    public UnknownPropertyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public UnknownPropertyException(string proxyLabel, string propertyName, IReadOnlyList<string> availableNames)
        : base($"{proxyLabel} has no property '{propertyName}'. Available: {string.Join(", ", availableNames)}")
    {
        Data[nameof(ProxyLabel)] = proxyLabel;
        Data[nameof(PropertyName)] = propertyName;
        Data[nameof(AvailableNames)] = availableNames.ToArray();
    }

    // The details live in Data: Orleans' exception codec carries Data across the cluster, and this
    // assembly stays free of Orleans' serialization attributes.
    public string? ProxyLabel => Data[nameof(ProxyLabel)] as string;

    public string? PropertyName => Data[nameof(PropertyName)] as string;

    public IReadOnlyList<string> AvailableNames => Data[nameof(AvailableNames)] as string[] ?? [];
}
