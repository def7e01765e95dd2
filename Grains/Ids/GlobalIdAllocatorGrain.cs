using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Ids;

/// <summary>
/// The cluster's global-id counter. The next free id is persisted before a block is handed out, so an
/// id is never given twice, even across a restart of this activation.
/// </summary>
internal sealed class GlobalIdAllocatorGrain(
    [PersistentState("globalIds", StorageProviders.State)] IPersistentState<GlobalIdAllocatorState> state)
    : Grain, IGlobalIdAllocatorGrain
{
    /// <summary>Global id 1 is the proxy manager's; proxies start after it.</summary>
    public const ulong FirstProxyId = 2;

    private const int MaxBlock = 1 << 16;

    public async Task<GlobalIdBlock> ReserveAsync(int count, CancellationToken cancellationToken = default)
    {
        if (count is < 1 or > MaxBlock)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"A global-id block holds 1 to {MaxBlock} ids.");
        }

        ulong first = Math.Max(state.State.Next, FirstProxyId);
        state.State.Next = first + (ulong)count;
        await state.WriteStateAsync(cancellationToken);
        return new GlobalIdBlock(first, count);
    }
}

[GenerateSerializer, Alias("opv.GlobalIdAllocatorState")]
internal sealed class GlobalIdAllocatorState
{
    [Id(0)]
    public ulong Next { get; set; }
}
