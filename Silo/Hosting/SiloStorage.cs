using Microsoft.Extensions.Configuration;
using OrleansPV.Grains;

namespace OrleansPV.Silo.Hosting;

internal static class SiloStorage
{
    /// <summary>
    /// Grain state where Storage:Provider says: Memory (default) or AzureBlob with
    /// Storage:AzureBlob:ConnectionString. A bad combination stops the host with the key at fault.
    /// </summary>
    public static ISiloBuilder AddSiloStorage(this ISiloBuilder silo, IConfiguration configuration) => silo.AddOrleansPVStorage(configuration);
}
