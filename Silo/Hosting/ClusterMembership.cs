using System.Net;
using Orleans.Configuration;
using Orleans.Hosting;
using StackExchange.Redis;

namespace OrleansPV.Silo.Hosting;

/// <summary>Membership by configuration: localhost (one silo) or Redis (many), optionally inside Kubernetes, with fast failure detection.</summary>
internal static class ClusterMembership
{
    public static ISiloBuilder UseConfiguredClustering(this ISiloBuilder silo, ClusterHostSettings settings, int siloPort, int gatewayPort)
    {
        SiloHostOptions options = settings.Silo;
        TimeSpan responseTimeout = settings.Clustering.SiloResponseTimeout;
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = responseTimeout);
        if (!settings.Clustering.IsRedis)
        {
            return silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
        }

        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        IPAddress advertised = options.AdvertisedIPAddress!;
        silo.Configure<EndpointOptions>(o =>
        {
            o.AdvertisedIPAddress = advertised;
            o.SiloPort = siloPort;
            o.GatewayPort = gatewayPort;
        });
        string connection = settings.Clustering.Redis.ConnectionString!;
        silo.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(connection));
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = settings.Clustering.ProbeTimeout;
            o.NumMissedProbesLimit = settings.Clustering.NumMissedProbesLimit;
            o.TableRefreshTimeout = settings.Clustering.TableRefreshTimeout;
        });
        if (settings.Clustering.DistributedDirectory)
        {
#pragma warning disable ORLEANSEXP003 // Experimental in Orleans 10; see ClusteringOptions.DistributedDirectory for why it is used.
            silo.AddDistributedGrainDirectory();
#pragma warning restore ORLEANSEXP003
            TimeSpan lease = settings.Clustering.DirectoryLease;
            silo.Configure<GrainDirectoryOptions>(o => o.RangeLeaseDuration = lease);
        }

        if (settings.Kubernetes.Enabled)
        {
            // Pod name as silo name, listening on every interface, and a watch on the cluster's pods. The
            // advertised address stays Silo:AdvertisedAddress (the pod IP, from the downward API).
            bool deleteDefunct = settings.Kubernetes.DeleteDefunctSiloPods;
            silo.UseKubernetesHosting(hosting => hosting.Configure(o => o.DeleteDefunctSiloPods = deleteDefunct));
        }

        return silo;
    }
}
