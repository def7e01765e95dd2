using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Serializers;

namespace OrleansPV.GrainInterfaces;

public static class ProtobufSerializerExtensions
{
    /// <summary>
    /// Registers <see cref="ProtobufCodec"/> for every protobuf message type, and lets Orleans' exception
    /// codec carry OrleansPV's exceptions (silo and client alike).
    /// </summary>
    public static ISerializerBuilder AddOrleansPVProtobuf(this ISerializerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // OrleansPV's exceptions live in the Orleans-free Definitions assembly: no generated serializers.
        // The exception codec keeps their type, message, stack, inner exception and Data (their details).
        builder.Services.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("OrleansPV"));
        builder.Services.AddSingleton<ProtobufCodec>();
        builder.Services.AddSingleton<IGeneralizedCodec>(sp => sp.GetRequiredService<ProtobufCodec>());
        builder.Services.AddSingleton<IGeneralizedCopier>(sp => sp.GetRequiredService<ProtobufCodec>());
        builder.Services.AddSingleton<ITypeFilter>(sp => sp.GetRequiredService<ProtobufCodec>());
        return builder;
    }
}
