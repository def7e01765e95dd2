using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>
/// The global ids this client may hand out without asking anyone. When a quarter of the current block
/// is left, the next block is fetched in the background, so CreateProxy never waits in practice.
/// </summary>
internal sealed class GlobalIdPool(Func<Task<GlobalIdBlock>> reserve, GlobalIdBlock first)
{
    private readonly Lock _gate = new();
    private GlobalIdBlock _current = first;
    private ulong _next = first.First;
    private Task<GlobalIdBlock>? _pending;

    public ulong Take()
    {
        while (true)
        {
            Task<GlobalIdBlock> wait;
            lock (_gate)
            {
                if (_next < _current.End)
                {
                    ulong id = _next++;
                    if (_pending is null && _current.End - _next < (ulong)_current.Count / 4)
                    {
                        _pending = reserve();
                    }

                    return id;
                }

                if (_pending is { IsCompletedSuccessfully: true })
                {
                    _current = _pending.Result;
                    _next = _current.First;
                    _pending = null;
                    continue;
                }

                if (_pending is { IsFaulted: true } or { IsCanceled: true })
                {
                    _pending = null;
                }

                wait = _pending ??= reserve();
            }

            // Only when ids were taken faster than a block arrives: wait for it (client side, never in a grain).
            wait.GetAwaiter().GetResult();
        }
    }
}
