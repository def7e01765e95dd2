using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using OrleansPV.Web.Tests.Infrastructure;

namespace OrleansPV.Web.Tests;

/// <summary>The WebSocket endpoint itself: its first message, and pages of other sites kept out.</summary>
[Collection(WebCollection.Name)]
public sealed class SessionEndpointTests(WebPageFixture web)
{
    [Fact]
    public async Task A_socket_without_a_session_creates_one_and_says_hello_with_the_definitions()
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(SocketAddress("user=script"), CancellationToken.None);
        using JsonDocument hello = await ReceiveTextAsync(socket);
        Assert.Equal("hello", hello.RootElement.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(hello.RootElement.GetProperty("session").GetString()));
        JsonElement wavelet = hello.RootElement.GetProperty("definitions").EnumerateArray()
            .Single(d => d.GetProperty("group").GetString() == "sources" && d.GetProperty("name").GetString() == "RTAnalyticSource");
        Assert.Equal("Wavelet", wavelet.GetProperty("label").GetString());
        Assert.Contains(wavelet.GetProperty("properties").EnumerateArray(), p => p.GetProperty("label").GetString() == "Whole Extent");
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    [Fact]
    public async Task A_page_of_another_site_cannot_open_a_session()
    {
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", "http://elsewhere.example");
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(SocketAddress("user=mallory"), CancellationToken.None));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    private Uri SocketAddress(string query) => new UriBuilder(new Uri(web.PageAddress, "session")) { Scheme = "ws", Query = query }.Uri;

    private static async Task<JsonDocument> ReceiveTextAsync(ClientWebSocket socket)
    {
        using var cancel = new CancellationTokenSource(WebPageFixture.Patience);
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancel.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        Assert.Equal(WebSocketMessageType.Text, result.MessageType);
        return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray()));
    }
}
