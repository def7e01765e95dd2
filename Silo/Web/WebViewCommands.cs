using System.Text.Json.Nodes;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Silo.Web;

/// <summary>
/// The render view's messages: the camera the page's mouse moved (pushed as the view's camera
/// properties, so the render service sends an interactive JPEG, then a still when it rests), the
/// element's size, Reset Camera and Screenshot.
/// </summary>
internal sealed class WebViewCommands(WebSessionContext context)
{
    private const int MinimumSize = 32;
    private const int MaximumSize = 4096;

    private Proxy View => context.View;

    public async Task HandleAsync(string type, JsonObject message)
    {
        switch (type)
        {
            case "camera":
                View.SetProperty("CameraPosition", Vector(message, "position"));
                View.SetProperty("CameraFocalPoint", Vector(message, "focalPoint"));
                View.SetProperty("CameraViewUp", Vector(message, "viewUp"));
                if (message["parallelScale"] is JsonValue scale)
                {
                    View.SetProperty("CameraParallelScale", scale.GetValue<double>());
                }

                // Camera moves are not undo steps in ParaView either.
                View.UpdateVTKObjects();
                break;
            case "resize":
                int width = Math.Clamp(message["width"]?.GetValue<int>() ?? 0, MinimumSize, MaximumSize);
                int height = Math.Clamp(message["height"]?.GetValue<int>() ?? 0, MinimumSize, MaximumSize);
                int[] current = View.GetProperty("ViewSize").AsInts();
                if (current[0] != width || current[1] != height)
                {
                    View.SetProperty("ViewSize", width, height);
                    View.UpdateVTKObjects();
                }

                break;
            case "resetCamera":
                await View.ResetCameraAsync(context.Closing);
                break;
            case "screenshot":
                int[] size = View.GetProperty("ViewSize").AsInts();
                Frame frame = await View.RenderAsync(new RenderRequest(size[0], size[1], FrameFormat.Png), context.Closing);
                await context.Sender.SendImageAsync(WebStateJson.FrameHeader(frame, "screenshot"), frame.Bytes);
                break;
            default:
                throw new SessionException($"The page sent an unknown message type '{type}'.");
        }
    }

    private static object[] Vector(JsonObject message, string key)
    {
        if (message[key] is not JsonArray { Count: 3 } values)
        {
            throw new SessionException($"The camera message needs '{key}' as three numbers.");
        }

        double[] numbers = [.. values.Select(v => v!.GetValue<double>())];
        if (numbers.Any(n => !double.IsFinite(n)))
        {
            throw new SessionException($"The camera's '{key}' ({string.Join(", ", numbers)}) is not finite.");
        }

        return [.. numbers.Cast<object>()];
    }
}
