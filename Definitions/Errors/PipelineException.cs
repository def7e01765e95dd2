namespace OrleansPV;

/// <summary>A pipeline update failed: the message names the proxy, its algorithm and the reason.</summary>
public sealed class PipelineException : OrleansPVException
{
    public PipelineException()
    {
    }

    public PipelineException(string message)
        : base(message)
    {
    }

    public PipelineException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
