using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

public sealed partial class Proxy
{
    /// <summary>
    /// Pushes the changes of this proxy and its upstream proxies and, in the same breath, has the
    /// session's data service execute its pipeline once those and every earlier push of this client
    /// have arrived; returns the output's data information (kind 3). A change to the pipeline while it
    /// runs restarts it: the result is that of the newest state.
    /// </summary>
    public Task<DataInformation> UpdatePipelineAsync(int outputPort = 0, CancellationToken cancellationToken = default)
        => UpdatePipelineAsync(time: null, outputPort, cancellationToken);

    /// <summary>
    /// As <see cref="UpdatePipelineAsync(int, CancellationToken)"/>, for <paramref name="time"/> (ParaView's
    /// UpdatePipeline(time)): time-varying sources produce that time (the step at or before it, for
    /// discrete ones; see the TimestepValues information property), and the result's Time says which.
    /// </summary>
    public Task<DataInformation> UpdatePipelineAsync(double? time, int outputPort = 0, CancellationToken cancellationToken = default)
        => Session.CallWithPipelinePushesAsync(
            this,
            (after, token) => Session.DataService.UpdatePipelineAsync(GlobalId, outputPort, time, after, token),
            cancellationToken);

    /// <summary>The proxies connected to this one's input properties.</summary>
    internal IEnumerable<Proxy> InputProxies()
    {
        foreach (PropertyDefinition property in Definition.Properties.Where(p => p.Kind == PropertyKind.Input))
        {
            foreach (ProxyReference input in GetProperty(property.Name).Value.Proxies)
            {
                yield return Session.GetProxy((ulong)input.GlobalId);
            }
        }
    }

    /// <summary>Executes the pipeline and copies its output to this client, in chunks (kind 3).</summary>
    public Task<DataObject> FetchDataAsync(int outputPort = 0, CancellationToken cancellationToken = default)
        => FetchDataAsync(time: null, outputPort, cancellationToken);

    /// <summary>Executes the pipeline for <paramref name="time"/> and copies its output to this client (kind 3).</summary>
    public async Task<DataObject> FetchDataAsync(double? time, int outputPort = 0, CancellationToken cancellationToken = default)
    {
        using MemoryStream received = await Session.CallWithPipelinePushesAsync(
            this,
            async (after, token) =>
            {
                var chunks = new MemoryStream();
                await foreach (byte[] chunk in Session.DataService.FetchDataAsync(GlobalId, outputPort, time, after, token).WithCancellation(token))
                {
                    chunks.Write(chunk);
                }

                return chunks;
            },
            cancellationToken);
        return DataObject.FromVtkXml(received.ToArray(), Label);
    }
}
