using System.Net;

namespace OrleansPV.Client;

/// <summary>A parsed connection URI: builtin:// or orleans://host:port[,host:port...].</summary>
internal sealed record ConnectionUri(bool IsBuiltin, IReadOnlyList<IPEndPoint> Gateways)
{
    public const string BuiltinScheme = "builtin://";
    public const string OrleansScheme = "orleans://";

    public static ConnectionUri Parse(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (uri.Equals(BuiltinScheme, StringComparison.OrdinalIgnoreCase) || uri.Equals("builtin:", StringComparison.OrdinalIgnoreCase))
        {
            return new ConnectionUri(true, []);
        }

        if (!uri.StartsWith(OrleansScheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new ConnectionException($"Cannot connect to '{uri}': use builtin:// or orleans://host:port[,host:port...].");
        }

        var gateways = new List<IPEndPoint>();
        foreach (string part in uri[OrleansScheme.Length..].TrimEnd('/').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int colon = part.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(part.AsSpan(colon + 1), out int port) || port is < 1 or > 65535)
            {
                throw new ConnectionException($"Cannot connect to '{uri}': '{part}' is not host:port.");
            }

            string host = part[..colon].Trim('[', ']');
            IPAddress address = IPAddress.TryParse(host, out IPAddress? ip)
                ? ip
                : Dns.GetHostAddresses(host).FirstOrDefault() ?? throw new ConnectionException($"Cannot connect to '{uri}': host '{host}' has no address.");
            gateways.Add(new IPEndPoint(address, port));
        }

        if (gateways.Count == 0)
        {
            throw new ConnectionException($"Cannot connect to '{uri}': no gateway given.");
        }

        return new ConnectionUri(false, gateways);
    }
}
