using System.Diagnostics;
using Microsoft.Extensions.Logging;
using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.Definitions;
using OrleansPV.Grains.Diagnostics;

namespace OrleansPV.Grains.Proxies;

/// <summary>
/// The authoritative, persisted state of one proxy. A push is validated whole against the XML
/// definition before anything changes: one bad value rejects the push and keeps the previous state.
/// Properties equal to their XML default are dropped, since defaults are never sent or stored.
/// </summary>
internal sealed partial class ProxyGrain(
    [PersistentState("proxy", StorageProviders.State)] IPersistentState<ProxyGrainState> state,
    SiloDefinitions definitions,
    ILogger<ProxyGrain> logger)
    : Grain, IProxyGrain
{

    private ulong GlobalId => (ulong)this.GetPrimaryKeyLong();

    public async Task<ProxyApplyResult> ApplyAsync(PushState message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using Activity? activity = GrainsTelemetry.StartMessageActivity("ProxyGrain.Apply", message.Header);
        if (message.BodyCase != PushState.BodyOneofCase.Proxy)
        {
            throw new ProtocolException($"Proxy {GlobalId}: a push to a proxy must carry a proxy state, not {message.BodyCase}.");
        }

        MessageHeader header = message.Header ?? new MessageHeader();
        if (state.State.LastSequence.TryGetValue(header.ClientId, out ulong last) && header.ClientSequence <= last)
        {
            LogDuplicate(GlobalId, header.ClientId, header.ClientSequence, last);
            return state.State.LastApplied is { } applied && applied.ClientId == header.ClientId && applied.ClientSequence == header.ClientSequence
                ? new ProxyApplyResult(state.State.Proxy.Clone(), applied.Before.Clone(), applied.Created, Applied: false)
                : new ProxyApplyResult(state.State.Proxy.Clone(), new ProxyState { GlobalId = GlobalId }, Created: false, Applied: false);
        }

        ProxyState pushed = message.Proxy;
        ProxyState current = state.State.Proxy;
        ProxyDefinition definition = await ResolveDefinitionAsync(pushed, current, cancellationToken);
        ProxyState next = ProxyStateMerger.Merge(current, pushed, definition, GlobalId);
        ProxyState before = ProxyStateMerger.PreviousValues(current, pushed, definition, GlobalId);

        LastAppliedPush? previousApplied = state.State.LastApplied;
        state.State.Proxy = next;
        state.State.LastSequence[header.ClientId] = header.ClientSequence;
        state.State.LastApplied = new LastAppliedPush(header.ClientId, header.ClientSequence, before, current.Version == 0);
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch
        {
            // A push whose state was not stored did not happen: serve the previous state.
            state.State.Proxy = current;
            state.State.LastSequence[header.ClientId] = last;
            state.State.LastApplied = previousApplied;
            throw;
        }

        LogApplied(GlobalId, definition.Name, header.ClientId, header.ClientSequence, pushed.Properties.Count, next.Version);
        return new ProxyApplyResult(next.Clone(), before, Created: current.Version == 0, Applied: true);
    }

    public async Task DeleteAsync(CancellationToken cancellationToken = default)
    {
        await state.ClearStateAsync(cancellationToken);
        state.State = new ProxyGrainState();
    }

    public Task<ProxyState> PullAsync(PullState message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using Activity? activity = GrainsTelemetry.StartMessageActivity("ProxyGrain.Pull", message.Header);
        ProxyState current = state.State.Proxy;
        if (message.PropertyNames.Count == 0)
        {
            return Task.FromResult(current.Clone());
        }

        var names = new HashSet<string>(message.PropertyNames, StringComparer.Ordinal);
        var partial = new ProxyState
        {
            XmlGroup = current.XmlGroup,
            XmlName = current.XmlName,
            GlobalId = current.GlobalId,
            Version = current.Version,
            ParentGlobalId = current.ParentGlobalId,
        };
        partial.Properties.AddRange(current.Properties.Where(p => names.Contains(p.Name)).Select(p => p.Clone()));
        return Task.FromResult(partial);
    }

    private async Task<ProxyDefinition> ResolveDefinitionAsync(ProxyState pushed, ProxyState current, CancellationToken cancellationToken)
    {
        bool isNew = current.Version == 0;
        string group = isNew ? pushed.XmlGroup : current.XmlGroup;
        string name = isNew ? pushed.XmlName : current.XmlName;
        if (string.IsNullOrEmpty(group) || string.IsNullOrEmpty(name))
        {
            throw new ProtocolException($"Proxy {GlobalId}: the first push must name the proxy's XML group and name.");
        }

        if (!isNew && !string.IsNullOrEmpty(pushed.XmlName) && (pushed.XmlGroup != current.XmlGroup || pushed.XmlName != current.XmlName))
        {
            throw new ProtocolException($"Proxy {GlobalId} is a {current.XmlGroup}/{current.XmlName}; a push cannot make it a {pushed.XmlGroup}/{pushed.XmlName}.");
        }

        return await definitions.GetAsync(group, name, cancellationToken);
    }
}

[GenerateSerializer, Alias("opv.ProxyGrainState")]
internal sealed class ProxyGrainState
{
    [Id(0)]
    public ProxyState Proxy { get; set; } = new();

    /// <summary>Last sequence number applied per client: a resent or overtaken message is ignored, not re-applied.</summary>
    [Id(1)]
    public Dictionary<string, ulong> LastSequence { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The newest applied push and the values it replaced: when the session's save failed after this
    /// grain stored the push, the re-sent push is recorded by the session with its undo.
    /// </summary>
    [Id(2)]
    public LastAppliedPush? LastApplied { get; set; }
}

[GenerateSerializer, Alias("opv.LastAppliedPush"), Immutable]
internal sealed record LastAppliedPush(
    [property: Id(0)] string ClientId,
    [property: Id(1)] ulong ClientSequence,
    [property: Id(2)] ProxyState Before,
    [property: Id(3)] bool Created);
