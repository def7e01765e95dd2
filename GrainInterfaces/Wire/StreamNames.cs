namespace OrleansPV.GrainInterfaces;

/// <summary>Stream namespaces on the OrleansPV stream provider; the stream key is the session id.</summary>
public static class StreamNames
{
    public const string Provider = "OrleansPV";

    public const string Progress = "progress";
}
