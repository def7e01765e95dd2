using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>A proxy's pipeline verbs (kind 3): each pushes the pipeline's changes and calls the session's data service with them.</summary>
internal static class PipelineCommands
{
    public static Task<DataInformation> UpdatePipelineAsync(Proxy proxy, double? time, int outputPort, CancellationToken cancellationToken)
        => proxy.Session.Pushes.CallWithPipelinePushesAsync(
            proxy,
            (after, token) => proxy.Session.Recovery.RunAsync("pipeline update", retry => proxy.Session.Transport.DataService.UpdatePipelineAsync(proxy.GlobalId, outputPort, time, after, retry), token),
            cancellationToken);

    /// <summary>Executes the pipeline for <paramref name="time"/> and copies its output to this client, in chunks.</summary>
    public static async Task<DataObject> FetchDataAsync(Proxy proxy, double? time, int outputPort, CancellationToken cancellationToken)
    {
        using MemoryStream received = await proxy.Session.Pushes.CallWithPipelinePushesAsync(
            proxy,
            (after, token) => proxy.Session.Recovery.RunAsync(
                "data fetch",
                async retry =>
                {
                    // Fetched whole again after an interruption: the chunks are of one output, in order.
                    var chunks = new MemoryStream();
                    await foreach (byte[] chunk in proxy.Session.Transport.DataService.FetchDataAsync(proxy.GlobalId, outputPort, time, after, retry).WithCancellation(retry))
                    {
                        chunks.Write(chunk);
                    }

                    return chunks;
                },
                token),
            cancellationToken);
        return DataObject.FromFetched(received.ToArray(), proxy.Label);
    }
}
