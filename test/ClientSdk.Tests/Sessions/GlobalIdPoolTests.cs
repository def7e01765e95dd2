using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Tests.Sessions;

/// <summary>Global ids handed out locally from reserved blocks: no round trip, no duplicates.</summary>
public sealed class GlobalIdPoolTests
{
    [Fact]
    public void Ids_come_from_the_first_block_in_order_without_asking_for_more_until_a_quarter_is_left()
    {
        var reservations = new BlockSource(next: 100);
        var pool = new GlobalIdPool(reservations.Reserve, new GlobalIdBlock(10, 8));

        ulong[] taken = [.. Enumerable.Range(0, 6).Select(_ => pool.Take())];

        Assert.Equal([10UL, 11, 12, 13, 14, 15], taken);
        Assert.Equal(0, reservations.Calls);

        // Fewer than a quarter of the block left: the next block is asked for, once.
        pool.Take();
        pool.Take();
        Assert.Equal(1, reservations.Calls);
    }

    [Fact]
    public void After_the_first_block_the_ids_continue_in_the_reserved_block()
    {
        var reservations = new BlockSource(next: 100);
        var pool = new GlobalIdPool(reservations.Reserve, new GlobalIdBlock(10, 4));

        ulong[] taken = [.. Enumerable.Range(0, 10).Select(_ => pool.Take())];

        Assert.Equal([10UL, 11, 12, 13, 100, 101, 102, 103, 104, 105], taken);
    }

    [Fact]
    public async Task Taking_past_the_block_waits_for_the_reservation_in_flight()
    {
        var pending = new TaskCompletionSource<GlobalIdBlock>(TaskCreationOptions.RunContinuationsAsynchronously);
        int calls = 0;
        var pool = new GlobalIdPool(() => { calls++; return pending.Task; }, new GlobalIdBlock(1, 4));
        for (int i = 0; i < 4; i++)
        {
            pool.Take();
        }

        Task<ulong> waiting = Task.Run(pool.Take);
        pending.SetResult(new GlobalIdBlock(50, 4));

        Assert.Equal(50UL, await waiting);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void A_failed_reservation_is_asked_again_when_the_ids_are_needed()
    {
        int calls = 0;
        Task<GlobalIdBlock> Reserve() => ++calls == 1
            ? Task.FromException<GlobalIdBlock>(new TimeoutException("lost"))
            : Task.FromResult(new GlobalIdBlock(200, 4));
        var pool = new GlobalIdPool(Reserve, new GlobalIdBlock(1, 4));

        ulong[] taken = [.. Enumerable.Range(0, 5).Select(_ => pool.Take())];

        Assert.Equal([1UL, 2, 3, 4, 200], taken);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Ids_taken_from_many_threads_at_once_are_all_different()
    {
        var reservations = new BlockSource(next: 1_000);
        var pool = new GlobalIdPool(reservations.Reserve, new GlobalIdBlock(1, 64));

        ulong[][] perThread = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Enumerable.Range(0, 2_000).Select(_ => pool.Take()).ToArray())));

        ulong[] all = [.. perThread.SelectMany(ids => ids)];
        Assert.Equal(all.Length, all.Distinct().Count());
        Assert.All(perThread, ids => Assert.Equal(ids.Order(), ids));
    }

    /// <summary>The session's allocator: consecutive blocks of 64 ids from <c>next</c>.</summary>
    private sealed class BlockSource(ulong next)
    {
        private ulong _next = next;
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public Task<GlobalIdBlock> Reserve()
        {
            Interlocked.Increment(ref _calls);
            ulong first = Interlocked.Add(ref _next, 64) - 64;
            return Task.FromResult(new GlobalIdBlock(first, 64));
        }
    }
}
