namespace OrleansPV;

/// <summary>A render failed: the message names the view or representation and the reason.</summary>
public sealed class RenderException : OrleansPVException
{
    public RenderException()
    {
    }

    public RenderException(string message)
        : base(message)
    {
    }

    public RenderException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
