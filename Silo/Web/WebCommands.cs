using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OrleansPV.Client;
using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Silo.Web;

/// <summary>
/// A page's messages as client SDK calls, in the order the page sent them: the pipeline verbs of
/// ParaView's GUI (create, Apply, Delete, visibility, display) here, the view's in <see cref="WebViewCommands"/>.
/// An error goes back to the page naming the proxy and, where there is one, the property's field.
/// </summary>
internal sealed partial class WebCommands(WebSessionContext context, ILogger logger) : IAsyncDisposable
{
    private readonly WebViewCommands _view = new(context);
    private readonly List<Task> _updates = [];

    private Session Session => context.Session;

    public async Task HandleAsync(string text)
    {
        JsonObject message;
        string type;
        try
        {
            message = JsonNode.Parse(text) as JsonObject ?? throw new JsonException("not an object");
            type = message["type"]?.GetValue<string>() ?? throw new JsonException("no type");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            await context.Sender.SendAsync(WebStateJson.Error($"Malformed message from the page ({ex.Message})."));
            return;
        }

        ulong? id = null;
        await context.Gate.WaitAsync(context.Closing);
        try
        {
            id = message["id"] is JsonValue idValue ? idValue.GetValue<ulong>() : null;
            await DispatchAsync(type, id, message);
        }
        catch (OrleansPVException ex)
        {
            await context.Sender.SendAsync(WebStateJson.Error(ex.Message, id, (ex as PropertyValueException)?.PropertyName));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCommandFailed(ex, type);
            await context.Sender.SendAsync(WebStateJson.Error($"{type} failed: {ex.Message}", id));
        }
        finally
        {
            context.Gate.Release();
        }
    }

    private async Task DispatchAsync(string type, ulong? id, JsonObject message)
    {
        switch (type)
        {
            case "create":
                await CreateAsync(Text(message, "group"), Text(message, "name"), message["input"]?.GetValue<ulong>());
                break;
            case "apply":
                await ApplyAsync(Require(id), message);
                break;
            case "delete":
                await DeleteAsync(Session.GetProxy(Require(id)));
                break;
            case "visibility":
                await SetVisibilityAsync(Session.GetProxy(Require(id)), message["visible"]?.GetValue<bool>() ?? true);
                break;
            case "display":
                await SetDisplayAsync(Session.GetProxy(Require(id)), message);
                break;
            case "cancel":
                context.Cancel(Require(id));
                break;
            case "undo" or "redo":
                // Both wait until the session's resulting state is applied here (the SDK synchronises).
                bool done = type == "undo" ? await Session.UndoAsync(context.Closing) : await Session.RedoAsync(context.Closing);
                await context.Sender.SendAsync(new JsonObject { ["type"] = "history", ["action"] = type, ["done"] = done });
                context.PipelineChanged();
                break;
            case "chat":
                await Session.SendMessageAsync(Text(message, "text"), context.Closing);
                break;
            default:
                await _view.HandleAsync(type, message);
                break;
        }
    }

    /// <summary>Sources/Filters menu: a new proxy (a filter on the selected input), registered under ParaView's name ("Contour1").</summary>
    private async Task CreateAsync(string group, string name, ulong? inputId)
    {
        ProxyDefinition definition = Session.Connection.Definitions.Get(group, name);
        Proxy proxy = Session.CreateProxy(group, name);
        PropertyDefinition? input = definition.Properties.FirstOrDefault(p => p.Kind == PropertyKind.Input);
        if (input is not null)
        {
            Proxy source = inputId is { } inputGlobalId
                ? Session.GetProxy(inputGlobalId)
                : throw new SessionException($"{definition.Label} needs an input: select a source in the pipeline browser first.");
            proxy.SetInput(input.Name, source);
        }

        string registration = UniqueName(definition.Label.Replace(" ", "", StringComparison.Ordinal));
        Session.RegisterProxy(WebStateJson.PipelineGroup, registration, proxy);
        await context.Sender.SendAsync(new JsonObject { ["type"] = "created", ["id"] = proxy.GlobalId, ["name"] = registration });
        context.PipelineChanged();

        // Input-derived defaults (Contour's isosurface at the input's mid-range) arrive with the flush.
        await Session.FlushAsync(context.Closing);
        context.PipelineChanged();
    }

    private string UniqueName(string label)
    {
        var taken = Session.RegisteredProxies.Where(r => r.Group == WebStateJson.PipelineGroup).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        int n = 1;
        while (taken.Contains($"{label}{n}"))
        {
            n++;
        }

        return $"{label}{n}";
    }

    /// <summary>
    /// ParaView's Apply: every field is checked first (an invalid one is reported at its field and
    /// nothing is pushed), then the values are pushed as one undo set and the pipeline updated with
    /// progress; the first Apply shows the result.
    /// </summary>
    private async Task ApplyAsync(ulong globalId, JsonObject message)
    {
        Proxy proxy = Session.GetProxy(globalId);
        var assignments = new List<(Proxy Proxy, PropertyDefinition Property, object?[] Arguments)>();
        var errors = new List<JsonObject>();
        Collect(proxy, message["values"] as JsonObject, assignments, errors, fieldOwner: globalId);
        if (message["children"] is JsonObject children)
        {
            foreach ((string propertyName, JsonNode? child) in children)
            {
                if (child?["id"]?.GetValue<ulong>() is { } childId)
                {
                    Collect(Session.GetProxy(childId), child["values"] as JsonObject, assignments, errors, fieldOwner: childId);
                }
            }
        }

        if (errors.Count > 0)
        {
            foreach (JsonObject error in errors)
            {
                await context.Sender.SendAsync(error);
            }

            return;
        }

        using (Session.BeginUndoSet($"Apply {proxy.Label}"))
        {
            foreach ((Proxy owner, PropertyDefinition property, object?[] arguments) in assignments)
            {
                owner.SetProperty(property.Name, arguments);
            }

            foreach (Proxy owner in assignments.Select(a => a.Proxy).Distinct())
            {
                owner.UpdateVTKObjects();
            }

            proxy.UpdateVTKObjects();
        }

        context.PipelineChanged();
        lock (_updates)
        {
            _updates.RemoveAll(t => t.IsCompleted);
            _updates.Add(new WebApplyUpdate(context, proxy, logger).RunAsync());
        }
    }

    private static void Collect(Proxy proxy, JsonObject? values, List<(Proxy, PropertyDefinition, object?[])> assignments, List<JsonObject> errors, ulong fieldOwner)
    {
        foreach ((string name, JsonNode? value) in values ?? [])
        {
            PropertyDefinition property = proxy.Definition.GetProperty(name, proxy.Label);
            try
            {
                object?[] arguments = WebValues.Arguments(property, value, proxy.Label);
                if (property.Kind is not (PropertyKind.Proxy or PropertyKind.Input))
                {
                    property.Validate(property.Parse(arguments, proxy.Label), proxy.Label);
                }

                assignments.Add((proxy, property, arguments));
            }
            catch (OrleansPVException ex)
            {
                errors.Add(WebStateJson.Error(ex.Message, fieldOwner, property.Name));
            }
        }
    }

    /// <summary>ParaView's Delete: the proxy, its representation and their registrations, as one undo set.</summary>
    private async Task DeleteAsync(Proxy proxy)
    {
        // Checked before anything is removed (ParaView disables Delete while filters use the proxy).
        string[] users = [.. Session.RegisteredProxies
            .Where(r => r.Group == WebStateJson.PipelineGroup && r.Proxy != proxy)
            .Where(r => r.Proxy.Definition.Properties.Any(p => p.Kind == PropertyKind.Input
                && r.Proxy.GetProperty(p.Name).Value.Proxies.Any(i => (ulong)i.GlobalId == proxy.GlobalId)))
            .Select(r => r.Name)];
        if (users.Length > 0)
        {
            throw new SessionException($"{proxy.Label} is the input of {string.Join(", ", users)}: delete {(users.Length == 1 ? "it" : "them")} first.");
        }

        using (Session.BeginUndoSet($"Delete {proxy.Label}"))
        {
            if (Session.FindRepresentation(proxy, context.View) is { } representation)
            {
                object[] remaining = [.. context.View.GetProperty("Representations").Value.Proxies.Where(r => (ulong)r.GlobalId != representation.GlobalId).Cast<object>()];
                context.View.SetProperty("Representations", remaining);
                context.View.UpdateVTKObjects();
                Session.DeleteProxy(representation);
            }

            Session.DeleteProxy(proxy);
        }

        await Session.FlushAsync(context.Closing);
        context.PipelineChanged();
    }

    private async Task SetVisibilityAsync(Proxy proxy, bool visible)
    {
        if (visible)
        {
            await WebDisplay.ShowAsync(context, proxy, dataInformation: null);
        }
        else if (Session.FindRepresentation(proxy, context.View) is not null)
        {
            Session.Hide(proxy, context.View);
        }

        context.PipelineChanged();
    }

    /// <summary>The display section: representation type and colouring (solid colour or an array).</summary>
    private async Task SetDisplayAsync(Proxy proxy, JsonObject message)
    {
        Proxy representation = Session.FindRepresentation(proxy, context.View)
            ?? throw new SessionException($"{proxy.Label} is not shown yet: Apply it first.");
        if (message["representation"]?.GetValue<string>() is { } type)
        {
            representation.SetProperty("Representation", type);
        }

        if (message["color"] is JsonArray { Count: 2 } color)
        {
            representation.ColorBy(color[0]!.GetValue<string>(), color[1]!.GetValue<string>());
        }

        representation.UpdateVTKObjects();
        await WebDisplay.FitColorsAsync(context, representation);
        context.PipelineChanged();
    }

    private static ulong Require(ulong? id) => id ?? throw new SessionException("The message names no proxy (id).");

    private static string Text(JsonObject message, string key) =>
        message[key]?.GetValue<string>() ?? throw new SessionException($"The message has no '{key}'.");

    public async ValueTask DisposeAsync()
    {
        Task[] updates;
        lock (_updates)
        {
            updates = [.. _updates];
        }

        await Task.WhenAll(updates.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A web page's '{Type}' failed")]
    private partial void LogCommandFailed(Exception exception, string type);
}
