using System.Reflection;

namespace OrleansPV.Deploy.Tests;

/// <summary>
/// The configuration keys the silo reads, from its options classes: every public class in the silo's
/// OrleansPV assemblies with a <c>const string Section</c>, and its settable properties (nested classes
/// give nested keys, e.g. Clustering:Redis:ConnectionString).
/// </summary>
public static class SiloConfigurationKeys
{
    public static IReadOnlySet<string> All { get; } = Collect();

    /// <summary>The key an environment variable sets (Section__Key → Section:Key).</summary>
    public static string FromEnvironmentName(string name) => name.Replace("__", ":", StringComparison.Ordinal);

    private static HashSet<string> Collect()
    {
        Assembly silo = typeof(Silo.Hosting.SiloHostOptions).Assembly;
        IEnumerable<Assembly> assemblies = new[] { silo }.Concat(silo.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("OrleansPV", StringComparison.Ordinal))
            .Select(Assembly.Load));
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Type type in assemblies.SelectMany(a => a.GetExportedTypes()).Where(t => t.IsClass))
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field && field.GetValue(null) is string section)
            {
                AddKeys(keys, section, type);
            }
        }

        return keys;
    }

    private static void AddKeys(HashSet<string> keys, string prefix, Type type)
    {
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Type value = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            string key = $"{prefix}:{property.Name}";
            if (value.IsClass && value != typeof(string) && !value.IsArray && property.GetMethod is not null)
            {
                AddKeys(keys, key, value);
            }
            else if (property.SetMethod is { IsPublic: true })
            {
                keys.Add(key);
            }
        }
    }
}
