using System.Linq.Expressions;
using System.Reflection;
using OrleansPV.Processing.ImplicitFunctions;

namespace OrleansPV.Grains.DataService.Binding;

/// <summary>
/// One algorithm property carrying a <c>[Command]</c>: compiled getter and setter (no reflection when
/// binding) and the converter chosen for its type. Implicit-function properties have no converter:
/// the binder builds their functions from the referenced proxy.
/// </summary>
internal sealed class ParameterBinding
{
    private readonly Action<object, object?> _set;
    private readonly Func<object, object?> _get;

    public ParameterBinding(PropertyInfo property, string command, bool nullable)
    {
        ArgumentNullException.ThrowIfNull(property);
        Property = property;
        Command = command;
        IsImplicitFunction = typeof(ImplicitFunction).IsAssignableFrom(property.PropertyType);
        Converter = IsImplicitFunction ? null : ValueConverters.For(property.PropertyType, nullable);
        (_get, _set) = Compile(property);
    }

    public PropertyInfo Property { get; }

    public string Command { get; }

    /// <summary>Null when the binder has no conversion to the property's type (reported when used).</summary>
    public ValueConverter? Converter { get; }

    public bool IsImplicitFunction { get; }

    /// <summary>Whether the property takes an enum (for an array selection: the association).</summary>
    public bool IsEnum => (Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType).IsEnum;

    public object? Get(object algorithm) => _get(algorithm);

    public void Set(object algorithm, object? value) => _set(algorithm, value);

    public override string ToString() => $"{Property.DeclaringType?.Name}.{Property.Name} [{Command}]";

    private static (Func<object, object?> Get, Action<object, object?> Set) Compile(PropertyInfo property)
    {
        Type owner = property.DeclaringType ?? throw new ArgumentException($"{property.Name} has no declaring type.", nameof(property));
        ParameterExpression target = Expression.Parameter(typeof(object), "algorithm");
        ParameterExpression value = Expression.Parameter(typeof(object), "value");
        MemberExpression member = Expression.Property(Expression.Convert(target, owner), property);
        Func<object, object?> get = Expression.Lambda<Func<object, object?>>(Expression.Convert(member, typeof(object)), target).Compile();
        Action<object, object?> set = Expression.Lambda<Action<object, object?>>(
            Expression.Assign(member, Expression.Convert(value, property.PropertyType)), target, value).Compile();
        return (get, set);
    }
}
