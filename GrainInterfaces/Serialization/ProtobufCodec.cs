using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Google.Protobuf;
using Orleans.Serialization;
using Orleans.Serialization.Buffers;
using Orleans.Serialization.Buffers.Adaptors;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Codecs;
using Orleans.Serialization.Serializers;
using Orleans.Serialization.WireProtocol;

namespace OrleansPV.GrainInterfaces;

/// <summary>
/// Carries every generated <see cref="IMessage"/> through Orleans: the type, then the message's own
/// protobuf bytes, length-prefixed (Orleans' protobuf package is not available here, so this is the
/// one generalized codec DESIGN.md calls for). Copies are protobuf clones, since messages are mutable.
/// </summary>
[Alias(WellKnownAlias)]
public sealed class ProtobufCodec : IGeneralizedCodec, IGeneralizedCopier, ITypeFilter
{
    public const string WellKnownAlias = "opv-protobuf";

    private static readonly Type SelfType = typeof(ProtobufCodec);
    private static readonly ConcurrentDictionary<Type, MessageParser> Parsers = new();

    void IFieldCodec.WriteField<TBufferWriter>(ref Writer<TBufferWriter> writer, uint fieldIdDelta, Type? expectedType, object? value)
    {
        if (ReferenceCodec.TryWriteReferenceField(ref writer, fieldIdDelta, expectedType, value))
        {
            return;
        }

        var message = (IMessage)value!;
        writer.WriteFieldHeader(fieldIdDelta, expectedType, SelfType, WireType.TagDelimited);

        ReferenceCodec.MarkValueField(writer.Session);
        writer.WriteFieldHeaderExpected(0, WireType.LengthPrefixed);
        writer.Session.TypeCodec.WriteLengthPrefixed(ref writer, value!.GetType());

        int size = message.CalculateSize();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(size, 1));
        try
        {
            message.WriteTo(buffer.AsSpan(0, size));
            ReferenceCodec.MarkValueField(writer.Session);
            writer.WriteFieldHeaderExpected(1, WireType.LengthPrefixed);
            writer.WriteVarUInt32((uint)size);
            writer.Write(buffer.AsSpan(0, size));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        writer.WriteEndObject();
    }

    object? IFieldCodec.ReadValue<TInput>(ref Reader<TInput> reader, Field field)
    {
        if (field.IsReference)
        {
            return ReferenceCodec.ReadReference(ref reader, field.FieldType);
        }

        field.EnsureWireTypeTagDelimited();
        uint placeholder = ReferenceCodec.CreateRecordPlaceholder(reader.Session);
        object? result = null;
        Type? type = null;
        uint fieldId = 0;
        while (true)
        {
            Field header = reader.ReadFieldHeader();
            if (header.IsEndBaseOrEndObject)
            {
                break;
            }

            fieldId += header.FieldIdDelta;
            switch (fieldId)
            {
                case 0:
                    ReferenceCodec.MarkValueField(reader.Session);
                    type = reader.Session.TypeCodec.ReadLengthPrefixed(ref reader);
                    break;
                case 1:
                    if (type is null)
                    {
                        ThrowTypeFieldMissing();
                    }

                    ReferenceCodec.MarkValueField(reader.Session);
                    int length = (int)reader.ReadVarUInt32();
                    byte[] bytes = reader.ReadBytes((uint)length);
                    result = GetParser(type).ParseFrom(bytes);
                    break;
                default:
                    reader.ConsumeUnknownField(header);
                    break;
            }
        }

        ReferenceCodec.RecordObject(reader.Session, result!, placeholder);
        return result;
    }

    bool IGeneralizedCodec.IsSupportedType(Type type) => type == SelfType || IsMessageType(type);

    bool IGeneralizedCopier.IsSupportedType(Type type) => IsMessageType(type);

    bool? ITypeFilter.IsTypeAllowed(Type type) => IsMessageType(type) ? true : null;

    object? IDeepCopier.DeepCopy(object? input, CopyContext context)
    {
        if (input is null)
        {
            return null;
        }

        if (context.TryGetCopy(input, out object? existing))
        {
            return existing;
        }

        var message = (IMessage)input;
        IMessage copy = GetParser(input.GetType()).ParseFrom(message.ToByteString());
        context.RecordCopy(input, copy);
        return copy;
    }

    private static bool IsMessageType(Type type) => typeof(IMessage).IsAssignableFrom(type) && !type.IsAbstract && !type.IsInterface;

    private static MessageParser GetParser(Type type) => Parsers.GetOrAdd(type, static t =>
        t.GetProperty("Parser", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as MessageParser
        ?? throw new InvalidOperationException($"Protobuf message type {t.FullName} has no static Parser."));

    [DoesNotReturn]
    private static void ThrowTypeFieldMissing() => throw new RequiredFieldMissingException("Serialized protobuf value is missing its type field.");
}
