using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Placement;

namespace OrleansPV.Grains.Placement;

public static class SessionPlacementExtensions
{
    /// <summary>
    /// New sessions go to the silo with the fewest sessions (<see cref="LeastSessionsPlacement"/>); each silo
    /// counts its session activations (<see cref="SessionActivations"/>) and polls the others' counts.
    /// Grains without a placement of their own go to a random silo that is not stopping (<see cref="AwayFromDrainingPlacement"/>).
    /// </summary>
    public static ISiloBuilder AddLeastSessionsPlacement(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IServiceCollection services = builder.Services;
        services.TryAddSingleton<SessionActivations>();
        services.AddSingleton<IConfigureGrainContextProvider>(sp => sp.GetRequiredService<SessionActivations>());
        services.TryAddSingleton<SessionServiceActivations>();
        services.AddSingleton<IConfigureGrainContextProvider>(sp => sp.GetRequiredService<SessionServiceActivations>());
        services.TryAddSingleton<SessionLoadView>();
        services.AddSingleton<IPlacementStrategyResolver, SessionPlacementResolver>();
        services.AddPlacementDirector<LeastSessionsPlacement, LeastSessionsPlacementDirector>();
        services.AddPlacementDirector<OnSiloKeyPlacement, OnSiloKeyPlacementDirector>();
        services.AddSingleton<PlacementStrategy>(AwayFromDrainingPlacement.Instance);
        services.AddPlacementDirector<AwayFromDrainingPlacement, AwayFromDrainingPlacementDirector>();
        services.AddOptions<SessionPlacementOptions>().BindConfiguration(SessionPlacementOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SessionPlacementOptions>, SessionPlacementOptionsValidator>());
        services.AddHostedService<SessionLoadRefresher>();
        return builder;
    }
}
