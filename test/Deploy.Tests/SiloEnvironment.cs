using k8s.Models;

namespace OrleansPV.Deploy.Tests;

/// <summary>The silo container's environment as Kubernetes would give it: literal values, ConfigMap and Secret keys; downward-API fields as given.</summary>
public static class SiloEnvironment
{
    public static Dictionary<string, string> Resolve(IReadOnlyDictionary<string, string>? fields = null)
    {
        V1ConfigMap[] maps = [.. Manifests.OfType<V1ConfigMap>()];
        V1Secret[] secrets = [.. Manifests.OfType<V1Secret>()];
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (V1EnvVar variable in Manifests.SiloContainer.Env)
        {
            string? value = variable.ValueFrom switch
            {
                null => variable.Value,
                { ConfigMapKeyRef: { } map } => maps.Single(m => m.Metadata.Name == map.Name).Data[map.Key],
                { SecretKeyRef: { } secret } => secrets.Single(s => s.Metadata.Name == secret.Name).StringData[secret.Key],
                { FieldRef: { } field } => fields?.GetValueOrDefault(field.FieldPath),
                _ => null,
            };
            if (value is not null)
            {
                environment[variable.Name] = value;
            }
        }

        return environment;
    }
}
