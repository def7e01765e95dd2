namespace OrleansPV.Grains.Pipeline;

/// <summary>
/// The session's side of the data path: tells the data service and the render service the accepted
/// states. The render service is told one-way (a push never waits for rendering); the data service
/// is awaited, since an update sent together with these pushes waits for them to arrive there.
/// </summary>
internal sealed class ServiceNotifier(IGrainFactory grainFactory, string sessionId)
{
    public async Task TellAsync(AcceptedChanges changes, CancellationToken cancellationToken)
    {
        if (changes.Changed.Count > 0)
        {
            // One-way: returns once sent. Sent first, so rendering starts while the data service takes the states.
            await grainFactory.GetGrain<IPipelineRenderService>(sessionId).AcceptAsync(changes, CancellationToken.None);
        }

        await grainFactory.GetGrain<IPipelineDataService>(sessionId).AcceptAsync(changes, cancellationToken);
    }
}
