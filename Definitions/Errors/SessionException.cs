namespace OrleansPV;

/// <summary>A session refused a request: unknown session, unknown client, a registration conflict.</summary>
public sealed class SessionException : OrleansPVException
{
    public SessionException()
    {
    }

    public SessionException(string message)
        : base(message)
    {
    }

    public SessionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
