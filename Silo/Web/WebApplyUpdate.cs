using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Silo.Web;

/// <summary>
/// The second half of Apply, off the page's command loop so Cancel can arrive meanwhile: updates the
/// proxy's pipeline (progress reaches every page through the session's progress stream), sends its
/// data information and shows it the first time, as ParaView's Apply does.
/// </summary>
internal sealed partial class WebApplyUpdate(WebSessionContext context, Proxy proxy, ILogger logger)
{
    public async Task RunAsync()
    {
        CancellationTokenSource cancel = context.BeginUpdate(proxy.GlobalId);
        try
        {
            DataInformation info = await proxy.UpdatePipelineAsync(cancellationToken: cancel.Token);
            await context.SendDataInformationAsync(proxy.GlobalId, info);
            await context.Gate.WaitAsync(context.Closing);
            try
            {
                await WebDisplay.ShowAsync(context, proxy, info);
            }
            finally
            {
                context.Gate.Release();
            }

            context.PipelineChanged();
        }
        catch (OperationCanceledException) when (!context.Closing.IsCancellationRequested)
        {
            await context.Sender.SendAsync(new JsonObject { ["type"] = "cancelled", ["id"] = proxy.GlobalId, ["message"] = $"{proxy.Label}: update cancelled." });
        }
        catch (OperationCanceledException)
        {
        }
        catch (OrleansPVException ex)
        {
            await context.Sender.SendAsync(WebStateJson.Error(ex.Message, proxy.GlobalId, (ex as PropertyValueException)?.PropertyName));
        }
        catch (Exception ex)
        {
            LogUpdateFailed(ex, proxy.Label);
            await context.Sender.SendAsync(WebStateJson.Error($"{proxy.Label}: {ex.Message}", proxy.GlobalId));
        }
        finally
        {
            context.EndUpdate(proxy.GlobalId, cancel);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The update of {Proxy} asked by a web page failed")]
    private partial void LogUpdateFailed(Exception exception, string proxy);
}
