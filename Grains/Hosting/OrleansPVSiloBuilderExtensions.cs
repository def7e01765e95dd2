using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.DataService;
using OrleansPV.Grains.DataService.Binding;
using OrleansPV.Grains.DataFiles;
using OrleansPV.Grains.Definitions;
using OrleansPV.Grains.Placement;
using OrleansPV.Grains.RenderService;
using OrleansPV.Processing.Execution;

namespace OrleansPV.Grains;

public static class OrleansPVSiloBuilderExtensions
{
    /// <summary>
    /// Everything a silo needs to host OrleansPV's grains: the protobuf codec, proxy definitions, and
    /// in-memory state and stream providers unless the host registered others under the same names.
    /// </summary>
    public static ISiloBuilder AddOrleansPV(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSerializer(serializer => serializer.AddOrleansPVProtobuf());
        builder.Services.TryAddSingleton<SiloDefinitions>();
        builder.AddOrleansPVDataFiles();
        builder.Services.TryAddSingleton(_ => AlgorithmRegistry.CreateDefault());
        builder.Services.TryAddSingleton<AlgorithmBinder>();
        builder.Services.AddOptions<DataServiceOptions>().BindConfiguration("OrleansPV:DataService").ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DataServiceOptions>, DataServiceOptionsValidator>());
        builder.Services.AddOptions<RenderServiceOptions>().BindConfiguration("OrleansPV:RenderService").ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RenderServiceOptions>, RenderServiceOptionsValidator>());
        builder.Services.TryAddSingleton<ServiceThreads>();
        builder.Services.AddPlacementDirector<BesideSessionPlacement, BesidePlacementDirector<ISessionGrain>>();
        builder.Services.AddPlacementDirector<BesideDataServicePlacement, BesidePlacementDirector<IDataServiceGrain>>();
        builder.AddRenderingWarmUp();
        builder.AddMemoryGrainStorage(StorageProviders.State);
        builder.AddMemoryGrainStorage("PubSubStore");
        // The pulling agents poll every 100 ms by default: too slow for progress a user watches.
        builder.AddMemoryStreams(StorageProviders.Streams, streams => streams.ConfigurePullingAgent(agent => agent.Configure(o => o.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(10))));
        return builder;
    }

    /// <summary>
    /// For a one-silo cluster in the client's process (builtin://): grain state kept in this process
    /// instead of Orleans' storage grains, which cost every write (each push makes two) two message hops.
    /// </summary>
    public static ISiloBuilder UseInProcessGrainStorage(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddKeyedSingleton<IGrainStorage>(StorageProviders.State, (services, _) => new InProcessGrainStorage(services.GetRequiredService<DeepCopier>()));
        return builder;
    }
}
