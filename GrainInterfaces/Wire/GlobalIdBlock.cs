namespace OrleansPV.GrainInterfaces;

/// <summary>A contiguous block of global ids [First, First + Count) reserved for one client.</summary>
[GenerateSerializer, Alias("opv.GlobalIdBlock"), Immutable]
public sealed record GlobalIdBlock([property: Id(0)] ulong First, [property: Id(1)] int Count)
{
    public ulong End => First + (ulong)Count;
}
