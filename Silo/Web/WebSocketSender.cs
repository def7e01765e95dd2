using System.Buffers.Binary;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace OrleansPV.Silo.Web;

/// <summary>
/// Sends a page its messages one at a time (a WebSocket takes one send at once): state as JSON text,
/// images as binary messages [4-byte big-endian header length][JSON header][PNG or JPEG bytes].
/// </summary>
internal sealed class WebSocketSender(WebSocket socket, CancellationToken closing)
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task SendAsync(JsonObject message)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await SendAsync(bytes, WebSocketMessageType.Text);
    }

    public async Task SendImageAsync(JsonObject header, byte[] image)
    {
        byte[] head = Encoding.UTF8.GetBytes(header.ToJsonString());
        byte[] bytes = new byte[4 + head.Length + image.Length];
        BinaryPrimitives.WriteInt32BigEndian(bytes, head.Length);
        head.CopyTo(bytes, 4);
        image.CopyTo(bytes, 4 + head.Length);
        await SendAsync(bytes, WebSocketMessageType.Binary);
    }

    private async Task SendAsync(byte[] bytes, WebSocketMessageType type)
    {
        await _lock.WaitAsync(closing);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(bytes, type, endOfMessage: true, closing);
            }
        }
        finally
        {
            _lock.Release();
        }
    }
}
