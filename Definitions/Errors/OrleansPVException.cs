namespace OrleansPV;

/// <summary>
/// The root of every error OrleansPV reports to its users: definitions, property values,
/// connections and pipelines. Messages name the proxy, the property and what was wrong.
/// </summary>
public class OrleansPVException : Exception
{
    public OrleansPVException()
    {
    }

    public OrleansPVException(string message)
        : base(message)
    {
    }

    public OrleansPVException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
