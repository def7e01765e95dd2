namespace OrleansPV.Definitions;

/// <summary>A reference to a proxy by global id, and for inputs the output port used.</summary>
public readonly record struct ProxyReference(long GlobalId, int OutputPort)
{
    public ProxyReference(long globalId)
        : this(globalId, 0)
    {
    }

    public override string ToString() => OutputPort == 0 ? $"#{GlobalId}" : $"#{GlobalId}:{OutputPort}";
}
