using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.DataService;
using OrleansPV.Grains.DataService.Binding;
using OrleansPV.Grains.Definitions;
using OrleansPV.Grains.RenderService;
using OrleansPV.Grains.RenderService.Placement;
using OrleansPV.Processing.Execution;
using OrleansPV.Serialization;

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
        builder.Services.TryAddSingleton(_ => AlgorithmRegistry.CreateDefault());
        builder.Services.TryAddSingleton<AlgorithmBinder>();
        builder.Services.AddOptions<DataServiceOptions>().BindConfiguration("OrleansPV:DataService").ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DataServiceOptions>, DataServiceOptionsValidator>());
        builder.Services.AddOptions<RenderServiceOptions>().BindConfiguration("OrleansPV:RenderService").ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RenderServiceOptions>, RenderServiceOptionsValidator>());
        builder.Services.TryAddSingleton<LocalOutputs>();
        builder.Services.TryAddSingleton<ServiceThreads>();
        builder.Services.AddPlacementDirector<BesideDataServicePlacement, BesideDataServicePlacementDirector>();
        builder.AddMemoryGrainStorage(StorageProviders.State);
        builder.AddMemoryGrainStorage("PubSubStore");
        // The pulling agents poll every 100 ms by default: too slow for progress a user watches.
        builder.AddMemoryStreams(StorageProviders.Streams, streams => streams.ConfigurePullingAgent(agent => agent.Configure(o => o.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(10))));
        return builder;
    }
}
