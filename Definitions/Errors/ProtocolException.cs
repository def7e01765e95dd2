namespace OrleansPV;

/// <summary>A state message broke the protocol's rules (missing fields, unspecified enums, wrong target).</summary>
public sealed class ProtocolException : OrleansPVException
{
    public ProtocolException()
    {
    }

    public ProtocolException(string message)
        : base(message)
    {
    }

    public ProtocolException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
