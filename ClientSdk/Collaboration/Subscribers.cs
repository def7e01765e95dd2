using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace OrleansPV.Client.Collaboration;

/// <summary>Readers of one kind of notice; each gets every notice published after it subscribed.</summary>
internal sealed class Subscribers<T>
{
    private readonly List<Channel<T>> _channels = [];

    /// <summary>Subscribes at once (so nothing published after the call is missed) and reads lazily.</summary>
    public IAsyncEnumerable<T> ReadAsync(CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_channels)
        {
            _channels.Add(channel);
        }

        return ReadAsync(channel, cancellationToken);
    }

    public void Publish(T item)
    {
        lock (_channels)
        {
            foreach (Channel<T> channel in _channels)
            {
                channel.Writer.TryWrite(item);
            }
        }
    }

    private async IAsyncEnumerable<T> ReadAsync(Channel<T> channel, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out T? item))
                {
                    yield return item;
                }
            }
        }
        finally
        {
            lock (_channels)
            {
                _channels.Remove(channel);
            }
        }
    }
}
