using Azure.Core;
using Azure.Core.Pipeline;

namespace OrleansPV.Benchmarks.Durability;

/// <summary>Counts the requests that write to blob storage (PUT, DELETE) and the bytes they carry.</summary>
internal sealed class WrittenBytes : HttpPipelineSynchronousPolicy
{
    private long _writes;
    private long _bytes;

    public long Writes => Interlocked.Read(ref _writes);

    public long Bytes => Interlocked.Read(ref _bytes);

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Request.Method != RequestMethod.Put && message.Request.Method != RequestMethod.Delete)
        {
            return;
        }

        Interlocked.Increment(ref _writes);
        if (message.Request.Content is { } content && content.TryComputeLength(out long length))
        {
            Interlocked.Add(ref _bytes, length);
        }
    }
}
