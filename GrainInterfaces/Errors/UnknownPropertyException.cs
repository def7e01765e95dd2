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
        ProxyLabel = proxyLabel;
        PropertyName = propertyName;
        AvailableNames = availableNames;
    }

    public string? ProxyLabel { get; }

    public string? PropertyName { get; }

    public IReadOnlyList<string> AvailableNames { get; } = [];
}
