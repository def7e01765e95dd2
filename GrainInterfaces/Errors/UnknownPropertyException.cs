namespace OrleansPV;

/// <summary>A proxy has no property of the given XML name or label.</summary>
[GenerateSerializer, Alias("opv.UnknownPropertyException")]
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

    [Id(0)]
    public string? ProxyLabel { get; }

    [Id(1)]
    public string? PropertyName { get; }

    [Id(2)]
    public IReadOnlyList<string> AvailableNames { get; } = [];
}
