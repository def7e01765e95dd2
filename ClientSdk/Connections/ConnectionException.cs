namespace OrleansPV.Client;

/// <summary>The cluster could not be reached, or a message could not be delivered.</summary>
public sealed class ConnectionException : OrleansPVException
{
    public ConnectionException(string message)
        : base(message)
    {
    }

    public ConnectionException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ConnectionException()
    {
    }
}
