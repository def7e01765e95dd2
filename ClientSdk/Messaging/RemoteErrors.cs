using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Messaging;

/// <summary>Turns a rejection reported by the cluster back into the exception type the grain raised.</summary>
internal static class RemoteErrors
{
    public static OrleansPVException ToException(PushRejection rejection) => rejection.ErrorType switch
    {
        nameof(PropertyValueException) => new PropertyValueException(rejection.Message),
        nameof(UnknownPropertyException) => new UnknownPropertyException(rejection.Message),
        nameof(DefinitionException) => new DefinitionException(rejection.Message),
        nameof(SessionException) => new SessionException(rejection.Message),
        _ => new ProtocolException(rejection.Message),
    };
}
