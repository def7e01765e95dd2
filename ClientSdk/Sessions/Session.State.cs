using System.Text;
using System.Xml;
using OrleansPV.Client.State;
using OrleansPV.Definitions;

namespace OrleansPV.Client;

public sealed partial class Session
{
    /// <summary>
    /// Writes the session's pipeline as a ParaView state file (.pvsm, ServerManagerState 5.11): every
    /// registered proxy, what it refers to, proxy-list entries and the registrations. Waits first until
    /// everything the session accepted (from any client) is applied here.
    /// </summary>
    public async Task SaveStateAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
        await SaveStateAsync(stream, cancellationToken);
    }

    /// <inheritdoc cref="SaveStateAsync(string, CancellationToken)"/>
    public async Task SaveStateAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await SynchronizeAsync(cancellationToken);
        var settings = new XmlWriterSettings { Async = true, Indent = true, IndentChars = "  ", OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false) };
        await using XmlWriter writer = XmlWriter.Create(stream, settings);
        await StateWriter.Write(this).SaveAsync(writer, cancellationToken);
    }

    /// <summary>
    /// Loads a ParaView state file (ours or ParaView's own) into this session, as ParaView's Load State:
    /// creates the proxies this client has definitions for with new global ids, sets their properties,
    /// connects inputs and proxy properties, registers them under the file's names (made unique) and
    /// pushes everything as one undo set. What the definitions lack is skipped and listed in the result.
    /// Malformed files and refused values throw <see cref="StateFileException"/> and push nothing.
    /// </summary>
    public async Task<LoadStateSummary> LoadStateAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        return await LoadStateAsync(stream, path, cancellationToken);
    }

    /// <inheritdoc cref="LoadStateAsync(string, CancellationToken)"/>
    public Task<LoadStateSummary> LoadStateAsync(Stream stream, CancellationToken cancellationToken = default)
        => LoadStateAsync(stream, "state stream", cancellationToken);

    /// <inheritdoc cref="LoadStateAsync(string, CancellationToken)"/>
    /// <param name="sourceName">What error messages call the stream.</param>
    public async Task<LoadStateSummary> LoadStateAsync(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        StateDocument file = await StateDocument.ReadAsync(stream, sourceName, cancellationToken);
        var loader = new StateLoader(this, file, Connection.Definitions);
        try
        {
            loader.Build();
        }
        catch
        {
            // All or nothing: nothing was pushed, so forgetting the local proxies undoes the load.
            Forget(loader.Created.SelectMany(c => WithSubProxies(c.Proxy)).Select(p => p.GlobalId).ToArray());
            throw;
        }

        List<RegisteredProxy> registrations = PushLoadedState(file, loader);
        await FlushAsync(cancellationToken);
        return new LoadStateSummary(loader.Mapped, registrations, loader.SkippedProxies, loader.SkippedProperties);
    }

    /// <summary>Creates a proxy with its sub-proxies and proxy-list entries for a state file (kind 1, nothing sent).</summary>
    internal Proxy CreateProxyForState(ProxyDefinition definition) => CreateProxy(definition, parent: null);

    /// <summary>Registers and pushes the loaded proxies, inputs and referred proxies first, as one undo set.</summary>
    private List<RegisteredProxy> PushLoadedState(StateDocument file, StateLoader loader)
    {
        var registrations = new List<RegisteredProxy>();
        using (BeginUndoSet($"Load state {Path.GetFileName(file.FileName)}"))
        {
            foreach ((ulong fileId, Proxy proxy) in loader.Created)
            {
                bool registered = false;
                foreach (StateRegistration registration in file.Registrations.Where(r => r.Id == fileId && !r.Group.StartsWith("pq_helper_proxies.", StringComparison.Ordinal)))
                {
                    string name = UniqueName(registration.Group, registration.Name);
                    RegisterProxy(registration.Group, name, proxy, applyInputDefaults: false);
                    registrations.Add(new RegisteredProxy(registration.Group, name, proxy));
                    registered = true;
                }

                if (!registered)
                {
                    proxy.UpdateVTKObjects();
                }
            }
        }

        return registrations;
    }

    private static IEnumerable<Proxy> WithSubProxies(Proxy proxy)
        => proxy.SubProxies.Values.SelectMany(WithSubProxies).Prepend(proxy);
}
