using OrleansPV.Definitions;

namespace OrleansPV.Grains.DataService.Binding;

/// <summary>Turns a property value into the C# value an algorithm property takes; throws <see cref="BindingValueException"/>.</summary>
internal delegate object? ValueConverter(PropertyValue value, PropertyDefinition property);
