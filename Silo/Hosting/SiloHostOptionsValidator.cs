namespace OrleansPV.Silo.Hosting;

/// <summary>Checks <see cref="SiloHostOptions"/>; each error names the property, the value and the rule.</summary>
internal static class SiloHostOptionsValidator
{
    public static void Validate(SiloHostOptions options)
    {
        CheckPort(nameof(SiloHostOptions.SiloPort), options.SiloPort);
        CheckPort(nameof(SiloHostOptions.GatewayPort), options.GatewayPort);
        if (options.SiloPort != 0 && options.SiloPort == options.GatewayPort)
        {
            throw new InvalidOperationException($"Silo:SiloPort and Silo:GatewayPort are both {options.SiloPort}; they must differ.");
        }

        if (string.IsNullOrWhiteSpace(options.ClusterId))
        {
            throw new InvalidOperationException("Silo:ClusterId is empty; it must name the cluster.");
        }
    }

    private static void CheckPort(string name, int value)
    {
        if (value is < 0 or > 65535)
        {
            throw new InvalidOperationException($"Silo:{name} is {value}; a port is 0 (any free port) to 65535.");
        }
    }
}
