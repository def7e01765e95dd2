namespace OrleansPV.Grains.DataService.Binding;

/// <summary>A value cannot be converted to what the algorithm declares; the binder adds proxy and property.</summary>
internal sealed class BindingValueException : Exception
{
    public BindingValueException()
    {
    }

    public BindingValueException(string reason)
        : base(reason)
    {
    }

    public BindingValueException(string reason, Exception inner)
        : base(reason, inner)
    {
    }
}
