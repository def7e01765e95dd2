using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Serializers;

namespace OrleansPV.Serialization;

public static class ProtobufSerializerExtensions
{
    /// <summary>Registers <see cref="ProtobufCodec"/> for every protobuf message type (silo and client alike).</summary>
    public static ISerializerBuilder AddOrleansPVProtobuf(this ISerializerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ProtobufCodec>();
        builder.Services.AddSingleton<IGeneralizedCodec>(sp => sp.GetRequiredService<ProtobufCodec>());
        builder.Services.AddSingleton<IGeneralizedCopier>(sp => sp.GetRequiredService<ProtobufCodec>());
        builder.Services.AddSingleton<ITypeFilter>(sp => sp.GetRequiredService<ProtobufCodec>());
        return builder;
    }
}
